namespace MineRose.Core.Mines;

/// <summary>A coal mine that a screening may consider for a MineRose park: where it is, what state it is in and what
/// is known of it. Built by the mine-list readers from GEM's Global Coal Mine Tracker [210] or a user's own list.</summary>
/// <remarks>
/// Unknown values are null, never a fill: in particular <see cref="DepthM"/> is null when GEM's depth is an
/// "Estimate" (a default fill for most Chinese mines). A GEM id can repeat: a mine with phases or expansions has one
/// row per phase, and each row is one <see cref="CandidateMine"/> with the same <see cref="GemMineId"/>.
/// Coordinates, depth and the non-negative quantities are checked on construction
/// (<see cref="InvalidInputException"/> names the field, the value and the allowed range).
/// </remarks>
public sealed record CandidateMine
{
    /// <summary>GEM Mine ID (e.g. "M1818"); null for a mine from a user's list. Repeats across a mine's phases.</summary>
    public string? GemMineId { get; init; }

    /// <summary>Mine name in English (GEM's "Mine Name").</summary>
    public required string Name { get; init => field = string.IsNullOrWhiteSpace(value) ? throw new InvalidInputException(nameof(Name), "(empty)", "a mine name") : value; }

    /// <summary>Mine name in its own language (GEM's "Mine Name (Non-ENG)", Chinese for China); null if not given.</summary>
    public string? NameNonEnglish { get; init; }

    /// <summary>Country or area (GEM's "Country / Area"); null for a user's list.</summary>
    public string? Country { get; init; }

    /// <summary>State or province (GEM's "State, Province").</summary>
    public string? Province { get; init; }

    /// <summary>Prefecture or district (GEM's "Prefecture, District").</summary>
    public string? Prefecture { get; init; }

    /// <summary>Latitude, north positive [°], in [-90, 90].</summary>
    public required double LatitudeDeg { get; init => field = Guard.InRange(value, -90, 90, nameof(LatitudeDeg)); }

    /// <summary>Longitude, east positive [°], in [-180, 180].</summary>
    public required double LongitudeDeg { get; init => field = Guard.InRange(value, -180, 180, nameof(LongitudeDeg)); }

    /// <summary>How well the coordinates locate the mine.</summary>
    public LocationAccuracy LocationAccuracy { get; init; } = LocationAccuracy.Unknown;

    /// <summary>Status of the mine.</summary>
    public required MineStatus Status { get; init; }

    /// <summary>GEM's free-text "Status Detail" (e.g. a stage of a proposal); null if not given.</summary>
    public string? StatusDetail { get; init; }

    /// <summary>Underground, surface, both or unknown.</summary>
    public MineType MineType { get; init; } = MineType.Unknown;

    /// <summary>Depth of the workings below the surface [m]; null when unknown or only estimated (see <see cref="DepthAccuracy"/>).</summary>
    public double? DepthM { get; init => field = NonNegativeOrNull(value, nameof(DepthM)); }

    /// <summary>Accuracy of the depth as the source stated it; an <see cref="Mines.DepthAccuracy.Estimate"/> leaves <see cref="DepthM"/> null.</summary>
    public DepthAccuracy DepthAccuracy { get; init; } = DepthAccuracy.Unknown;

    /// <summary>Production capacity [Mt/a] (GEM's "Capacity (Mtpa)"); null if not given.</summary>
    public double? CapacityMtpa { get; init => field = NonNegativeOrNull(value, nameof(CapacityMtpa)); }

    /// <summary>Mine (lease) area [km²] (GEM's "Mine Size (Km2)"); null if not given.</summary>
    public double? MineSizeKm2 { get; init => field = NonNegativeOrNull(value, nameof(MineSizeKm2)); }

    /// <summary>Workforce [persons]; null if not given.</summary>
    public int? Workforce { get; init => field = value is < 0 ? throw new InvalidInputException(nameof(Workforce), value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), "0 or more persons") : value; }

    /// <summary>Year the mine opened [calendar year]; null if not given.</summary>
    public int? OpeningYear { get; init; }

    /// <summary>Year the mine closed or is planned to close [calendar year]; null if not given.</summary>
    public int? ClosingYear { get; init; }

    /// <summary>Remaining life of the mine as reported [a] (GEM's "Reported Life of Mine"); null if not given.</summary>
    public double? ReportedLifeOfMineYears { get; init => field = NonNegativeOrNull(value, nameof(ReportedLifeOfMineYears)); }

    /// <summary>Reserves over production, the years of output left at the present rate [a]; null if not given.</summary>
    public double? ReserveToProductionRatioYears { get; init => field = NonNegativeOrNull(value, nameof(ReserveToProductionRatioYears)); }

    /// <summary>Gas-level rating as the source writes it (for China 低瓦斯 low gas, 高瓦斯 high gas, 突出矿井 outburst mine); null if not given.</summary>
    public string? GasRating { get; init; }

    /// <summary>State of a closed mine's site (GEM's "Mine Site Status": Rehabilitation, Abandoned, Repurpose, …); null otherwise.</summary>
    public string? MineSiteStatus { get; init; }

    /// <summary>Why a closed mine closed (GEM's "Reason for Closure"); null if not given.</summary>
    public string? ReasonForClosure { get; init; }

    /// <summary>Land available for the park [ha] (users' lists); null if not given.</summary>
    public double? LandAvailableHa { get; init => field = NonNegativeOrNull(value, nameof(LandAvailableHa)); }

    /// <summary>Mine-water inflow [m³/h] (users' lists); null if not given.</summary>
    public double? MineWaterInflowM3H { get; init => field = NonNegativeOrNull(value, nameof(MineWaterInflowM3H)); }

    /// <summary>Mine-water temperature [°C], in [0, 100] (users' lists); null if not given.</summary>
    public double? MineWaterTemperatureC { get; init => field = value is { } t ? Guard.InRange(t, 0, 100, nameof(MineWaterTemperatureC)) : null; }

    /// <summary>Where the row came from: a <see cref="MineSource"/> sheet name or the user's file.</summary>
    public required string Source { get; init; }

    private static double? NonNegativeOrNull(double? value, string field) =>
        value is { } v ? Guard.NonNegative(v, field) : null;
}
