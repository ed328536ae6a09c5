namespace MineRose.Core.Park;

/// <summary>Mine water that must be pumped out of the workings when the park has no shaft storage to share the job.</summary>
/// <remarks>With shaft pumped hydro, the inflow and dewatering are modelled by the storage's lower reservoir instead.</remarks>
/// <param name="InflowM3h">Water flowing into the workings [m³/h].</param>
/// <param name="LiftM">Height the water is lifted to the surface [m].</param>
/// <param name="PumpEfficiency">Wire-to-water efficiency of the dewatering pumps [—].</param>
public sealed record MineWaterDrainage(double InflowM3h = 0, double LiftM = 165, double PumpEfficiency = 0.7)
{
    /// <summary>Checks every field and returns the drainage, or throws naming the bad field.</summary>
    public MineWaterDrainage Validated()
    {
        Guard.NonNegative(InflowM3h, "inflow_m3h");
        Guard.InRange(LiftM, 0, 3000, "lift_m");
        Guard.Efficiency(PumpEfficiency, "pump_efficiency");
        return this;
    }

    /// <summary>Electric power to lift the inflow [kW]: P = ρ·g·Q·H/η.</summary>
    public double PowerKw => PhysicalConstants.WaterDensityKgM3 * PhysicalConstants.GravityMs2 * (InflowM3h / 3600) * LiftM / PumpEfficiency / 1000;
}
