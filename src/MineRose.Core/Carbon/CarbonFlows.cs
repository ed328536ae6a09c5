namespace MineRose.Core.Carbon;

/// <summary>The energy flows of a park over a period that carbon accounting needs, each a total [MWh].</summary>
/// <remarks>
/// Convention, so that nothing is counted twice: <see cref="PvUsedOnSiteMwh"/> is all PV consumed on site, by the
/// heat pumps too; <see cref="HeatPumpElectricityMwh"/> is all the heat pumps' electricity, whatever its source.
/// <see cref="ImportMwh"/> is all electricity from the grid.
/// </remarks>
public sealed record CarbonFlows
{
    /// <summary>PV energy consumed on site, i.e. grid imports it displaced; heat pumps' use included [MWh]; ≥ 0.</summary>
    public required double PvUsedOnSiteMwh { get; init; }

    /// <summary>Energy exported to the grid [MWh]; ≥ 0.</summary>
    public required double ExportMwh { get; init; }

    /// <summary>Energy imported from the grid [MWh]; ≥ 0.</summary>
    public required double ImportMwh { get; init; }

    /// <summary>Heat delivered by the heat pumps in place of the baseline boiler [MWh_heat]; ≥ 0.</summary>
    public double HeatPumpHeatMwh { get; init; }

    /// <summary>All electricity the heat pumps used, compressors and mine-water pumps, from PV or grid [MWh]; ≥ 0.</summary>
    public double HeatPumpElectricityMwh { get; init; }

    /// <summary>Checks the fields and returns these flows.</summary>
    /// <returns>This instance, unchanged.</returns>
    public CarbonFlows Validated()
    {
        Guard.NonNegative(PvUsedOnSiteMwh, "CarbonFlows.PvUsedOnSiteMwh");
        Guard.NonNegative(ExportMwh, "CarbonFlows.ExportMwh");
        Guard.NonNegative(ImportMwh, "CarbonFlows.ImportMwh");
        Guard.NonNegative(HeatPumpHeatMwh, "CarbonFlows.HeatPumpHeatMwh");
        Guard.NonNegative(HeatPumpElectricityMwh, "CarbonFlows.HeatPumpElectricityMwh");
        return this;
    }
}
