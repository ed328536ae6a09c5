using MineRose.Core;
using MineRose.Optimization.Dispatch;

namespace MineRose.Optimization.Sizing;

/// <summary>What a sizing solve may change and over which days it runs the dispatch.</summary>
/// <remarks>A bound left null takes the default named on it. Setting a lower bound equal to the upper one fixes a capacity.</remarks>
public sealed record SizingOptions
{
    /// <summary>Number of representative days k chosen by k-medoids, to which the peak heating day is added when the park has
    /// heat pumps (ignored with <see cref="FullYear"/>) [d].</summary>
    public int RepresentativeDays { get; init; } = 12;

    /// <summary>Run the inner dispatch over every interval of the year instead of representative days (one chronological
    /// year, storage may carry energy between days; ≈365/k times larger).</summary>
    public bool FullYear { get; init; }

    /// <summary>Land available for PV [m²]; null: the land of the design's PV fields plus its other restored land.</summary>
    public double? PvLandAvailableM2 { get; init; }

    /// <summary>Largest battery energy [kWh]; null: 4 h at the grid import limit.</summary>
    public double? BatteryMaxKwh { get; init; }

    /// <summary>Largest battery power [kW]; null: the grid import limit.</summary>
    public double? BatteryMaxKw { get; init; }

    /// <summary>Largest heat-pump heating capacity [kW]; null: the larger of the design's rating and the peak heating demand.</summary>
    public double? HeatPumpMaxKw { get; init; }

    /// <summary>Size the shaft storage's machine units (between 0 and the design's count, the shaft's geometry fixing volume and
    /// head); false keeps the design's.</summary>
    public bool SizeShaftStorage { get; init; } = true;

    /// <summary>What the solve optimises; default the least annualised cost.</summary>
    public SizingObjective Objective { get; init; } = SizingObjective.MinimiseAnnualisedCost;

    /// <summary>Size the rose greenhouse's floor area too (between 0 and the land left and the mine-water heat available); false keeps
    /// the design's.</summary>
    public bool SizeGreenhouse { get; init; }

    /// <summary>Largest greenhouse floor area [m²]; null: the land left after PV (the design's greenhouse land, its other restored land
    /// and whatever PV leaves) and the area whose peak heating the mine water (and the boiler) can carry, but at least the design's.</summary>
    public double? GreenhouseMaxM2 { get; init; }

    /// <summary>Options of the inner dispatch; by default the LP relaxation (no binaries), HiGHS, 120 s.</summary>
    public DispatchOptions Dispatch { get; init; } = new() { UseBinaries = false, TimeLimitSeconds = 120 };

    /// <summary>Checks every field and returns the options, or throws naming the bad field.</summary>
    public SizingOptions Validated()
    {
        Guard.InRange(RepresentativeDays, 1, 366, "representative_days");
        if (PvLandAvailableM2 is { } land) Guard.NonNegative(land, "pv_land_available_m2");
        if (BatteryMaxKwh is { } bk) Guard.NonNegative(bk, "battery_max_kwh");
        if (BatteryMaxKw is { } bp) Guard.NonNegative(bp, "battery_max_kw");
        if (HeatPumpMaxKw is { } hp) Guard.NonNegative(hp, "heat_pump_max_kw");
        if (GreenhouseMaxM2 is { } gh) Guard.NonNegative(gh, "greenhouse_max_m2");
        if (!Enum.IsDefined(Objective))
            throw new InvalidInputException("objective", Objective.ToString(), "MinimiseAnnualisedCost or MaximiseNpv");
        ArgumentNullException.ThrowIfNull(Dispatch);
        Dispatch.Validated();
        return this;
    }
}
