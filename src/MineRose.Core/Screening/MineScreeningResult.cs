namespace MineRose.Core.Screening;

/// <summary>What a screening found for one mine: who it is, the park the template gave it, the weather it ran on, its
/// KPIs and every flag — or why it could not be evaluated. Stored as the payload of a <see cref="ScreeningRecord"/>.</summary>
public sealed record MineScreeningResult
{
    /// <summary>Row id of the mine in the run (a repeated GEM id carries "#k", the k-th row of that id).</summary>
    public required string MineId { get; init; }

    /// <summary>GEM Mine ID, or null for a user's list.</summary>
    public string? GemMineId { get; init; }

    /// <summary>Mine name.</summary>
    public required string Name { get; init; }

    /// <summary>Mine name in its own language, or null.</summary>
    public string? NameNonEnglish { get; init; }

    /// <summary>Province, or null.</summary>
    public string? Province { get; init; }

    /// <summary>Prefecture, or null.</summary>
    public string? Prefecture { get; init; }

    /// <summary>Latitude [°].</summary>
    public double LatitudeDeg { get; init; }

    /// <summary>Longitude [°].</summary>
    public double LongitudeDeg { get; init; }

    /// <summary>Status as listed (Closed, Mothballed, Operating…).</summary>
    public required string Status { get; init; }

    /// <summary>Mine type as listed.</summary>
    public required string MineType { get; init; }

    /// <summary>Known depth [m], or null.</summary>
    public double? DepthM { get; init; }

    /// <summary>The list the mine came from.</summary>
    public required string Source { get; init; }

    /// <summary>True when the park was simulated and evaluated; false with <see cref="FailureReason"/> otherwise.</summary>
    public bool Evaluated { get; init; }

    /// <summary>Why the mine could not be evaluated (no land, an invalid design), or null.</summary>
    public string? FailureReason { get; init; }

    /// <summary>The weather station used.</summary>
    public string WeatherStation { get; init; } = "";

    /// <summary>Great-circle distance from the mine to the station [km].</summary>
    public double StationDistanceKm { get; init; }

    /// <summary>How the weather year was made: "station file" or "synthetic year from station normals".</summary>
    public string WeatherKind { get; init; } = "";

    /// <summary>Usable land [ha].</summary>
    public double UsableLandHa { get; init; }

    /// <summary>PV DC capacity [kWp].</summary>
    public double PvDcKw { get; init; }

    /// <summary>Greenhouse floor area [m²].</summary>
    public double GreenhouseAreaM2 { get; init; }

    /// <summary>Rated heating of the heat pumps [kW].</summary>
    public double HeatPumpHeatingKw { get; init; }

    /// <summary>Head of the shaft pumped hydro [m], 0 for none.</summary>
    public double ShaftHeadM { get; init; }

    /// <summary>Rated output of the shaft pumped hydro [kW], 0 for none.</summary>
    public double PumpedHydroKw { get; init; }

    /// <summary>Nominal energy of the shaft pumped hydro [kWh], 0 for none.</summary>
    public double PumpedHydroKwh { get; init; }

    /// <summary>Battery capacity [kWh], 0 for none.</summary>
    public double BatteryKwh { get; init; }

    /// <summary>The park's KPIs by the summary.json keys (co2_avoided_t, npv_cny, irr, payback_years, jobs, land_restored_ha,
    /// rose_stems, pv_ac_mwh, …); empty when not evaluated. NaN where a KPI does not exist (an IRR without a sign change).</summary>
    public IReadOnlyDictionary<string, double> Kpis { get; init; } = new Dictionary<string, double>();

    /// <summary>Everything assumed or not possible for this mine (unknown depth, land or water; synthetic weather…).</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];

    /// <summary>A KPI by key, or NaN when absent.</summary>
    /// <param name="key">A summary.json key.</param>
    public double Kpi(string key) => Kpis.TryGetValue(key, out var v) ? v : double.NaN;
}
