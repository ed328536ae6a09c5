namespace MineRose.Core.Heat;

/// <summary>Electric power of the pump that moves mine water through the heat exchangers.</summary>
public static class CirculationPump
{
    /// <summary>Electric input of a pump delivering a flow against a head: P = ρ·g·H·V̇ / η [85].</summary>
    /// <param name="flowM3h">Volume flow of water [m³/h].</param>
    /// <param name="headM">Total head the pump works against (static lift, friction and heat-exchanger losses) [m].</param>
    /// <param name="efficiency">Wire-to-water efficiency of pump and motor [–], in (0, 1].</param>
    /// <returns>Electric power drawn [kW].</returns>
    /// <remarks>The water is taken at the density of <see cref="PhysicalConstants.WaterDensityKgM3"/>.</remarks>
    public static double ElectricPowerKw(double flowM3h, double headM, double efficiency)
    {
        Guard.NonNegative(flowM3h, nameof(flowM3h));
        Guard.NonNegative(headM, nameof(headM));
        Guard.Efficiency(efficiency, nameof(efficiency));
        return PowerPerFlowKwPerM3h(headM, efficiency) * flowM3h;
    }

    /// <summary>Electric power per unit of flow, ρ·g·H / (η·3.6×10⁶) [kW per m³/h], for hot loops that precompute it.</summary>
    /// <param name="headM">Total head [m].</param>
    /// <param name="efficiency">Wire-to-water efficiency [–], in (0, 1].</param>
    /// <returns>Electric power per unit of volume flow [kW/(m³/h)].</returns>
    public static double PowerPerFlowKwPerM3h(double headM, double efficiency)
    {
        Guard.NonNegative(headM, nameof(headM));
        Guard.Efficiency(efficiency, nameof(efficiency));
        // W per (m³/s) is ρ g H / η; one m³/h is 1/3600 m³/s and one kW is 1000 W.
        return PhysicalConstants.WaterDensityKgM3 * PhysicalConstants.GravityMs2 * headM / efficiency / 3.6e6;
    }
}
