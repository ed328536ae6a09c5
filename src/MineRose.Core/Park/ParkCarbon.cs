using MineRose.Core.Carbon;

namespace MineRose.Core.Park;

/// <summary>How the park's CO₂ is counted: the grid's emission factor and the heating the heat pumps replace.</summary>
/// <param name="GridFactor">Emission factor of grid electricity displaced, exported and imported; printed with every CO₂ result.</param>
/// <param name="HeatBaseline">The heating that the mine-water heat pumps replace (a coal boiler by default).</param>
public sealed record ParkCarbon(EmissionFactor GridFactor, HeatBaseline HeatBaseline)
{
    /// <summary>Shandong 2022 grid factor (0.6410 t/MWh) and a coal boiler, the defaults of the Dakuishan scenarios [FACTS].</summary>
    public static ParkCarbon ShandongCoal { get; } = new(EmissionFactors.Shandong2022, HeatBaseline.CoalBoiler());
}
