using MineRose.Optimization.Solving;

namespace MineRose.Optimization.Dispatch;

/// <summary>How a dispatch model is built and solved: solver, integrality, prices of wear, CO₂ and slack, time limit.</summary>
public sealed record DispatchOptions
{
    /// <summary>The solver; HiGHS by default [221].</summary>
    public LpSolver Solver { get; init; } = LpSolver.Highs;

    /// <summary>Keep the binaries where they are essential (turbine minimum load, no pumping while generating, whole fixed-speed
    /// pumps, no import and export at once where export pays more than import) — a MILP; false (the default) solves the pure
    /// LP relaxation, and the replay applies the integer limits.</summary>
    /// <remarks>Default off: HiGHS took 0.2–11 s per 48 h hourly window of phase II (144 integers) to prove optimality and
    /// found no feasible point in a year-long model within 60 s, against 3–70 ms per window for the LP.</remarks>
    public bool UseBinaries { get; init; }

    /// <summary>Wall-time limit of one solve [s]; the best feasible plan found by then is returned.</summary>
    public double TimeLimitSeconds { get; init; } = 60;

    /// <summary>Relative MIP gap at which a solve stops [—].</summary>
    public double RelativeGap { get; init; } = 1e-4;

    /// <summary>Price of CO₂ from grid imports [CNY/t]; 0 leaves emissions unpriced.</summary>
    public double Co2PriceCnyPerTonne { get; init; }

    /// <summary>Battery wear per kWh through the terminals, charge plus discharge [CNY/kWh]; null derives it from the
    /// battery's capex and cycle life (<see cref="BatteryConstraints.WearCnyPerKwh"/>).</summary>
    public double? BatteryWearCnyPerKwh { get; init; }

    /// <summary>Shaft storage wear and variable O&amp;M per kWh pumped plus generated [CNY/kWh].</summary>
    public double HydroWearCnyPerKwh { get; init; } = 0.005;

    /// <summary>Penalty of an energy slack (unserved or dumped electricity, energy created in a store) [CNY/kWh]: a value of
    /// lost load far above any price, so slack is used only when nothing else is feasible.</summary>
    public double SlackPenaltyCnyPerKwh { get; init; } = 100;

    /// <summary>Penalty of a water slack in the shaft storage [CNY/m³].</summary>
    public double WaterSlackPenaltyCnyPerM3 { get; init; } = 100;

    /// <summary>Dispatch the heat plant (heat pumps, free cooling, boiler) in the LP when the park has one (default); false
    /// leaves its electricity in the fixed load as the rule-based year drew it.</summary>
    public bool DispatchHeat { get; init; } = true;

    /// <summary>Lower end of the greenhouse band θ_min [K], in [−5, 0]. Default 0: the set-point the grower chose is a floor,
    /// the store only pre-heats (a negative value allows set-back, which saves heat permanently rather than shifting it).</summary>
    public double GreenhouseMinOffsetK { get; init; }

    /// <summary>Upper end of the greenhouse band θ_max [K], in [0, 5]. Default 0: set-points held and no greenhouse store in the
    /// model. Like <see cref="ShiftLighting"/> it is a grower's choice (the roses get up to θ_max warmer), and on the Dakuishan
    /// phase II year a +2 K band is worth 254 CNY a year while it makes the annual LP ≈2.5× slower (docs/model.md, "Optimal
    /// dispatch"); +2 K is a typical pre-heating band where heat is a larger share of the bill.</summary>
    public double GreenhouseMaxOffsetK { get; init; }

    /// <summary>Let lamp power move within each day's photoperiod, keeping the day's lamp energy (and, with the heat plant
    /// dispatched, moving the lamps' heat with them). The simulator replays whole lamp intervals per day (<see cref="LampSchedule"/>).
    /// Default off: it changes when the roses get their light, a grower's choice.</summary>
    public bool ShiftLighting { get; init; }

    /// <summary>Extra HiGHS options [233], one <c>name=value</c> per line (e.g. <c>solver=ipm</c> and <c>run_crossover=off</c>), or
    /// null for HiGHS's defaults (dual simplex after presolve).</summary>
    public string? HighsOptions { get; init; }

    /// <summary>Give rows and columns readable names (for MPS export).</summary>
    public bool NameVariables { get; init; }

    /// <summary>Checks every field and returns the options, or throws naming the bad field.</summary>
    public DispatchOptions Validated()
    {
        Core.Guard.Positive(TimeLimitSeconds, "time_limit_s");
        Core.Guard.InRange(RelativeGap, 0, 1, "relative_gap");
        Core.Guard.NonNegative(Co2PriceCnyPerTonne, "co2_price_cny_per_t");
        if (BatteryWearCnyPerKwh is { } w)
            Core.Guard.NonNegative(w, "battery_wear_cny_per_kwh");
        Core.Guard.NonNegative(HydroWearCnyPerKwh, "hydro_wear_cny_per_kwh");
        Core.Guard.Positive(SlackPenaltyCnyPerKwh, "slack_penalty_cny_per_kwh");
        Core.Guard.Positive(WaterSlackPenaltyCnyPerM3, "water_slack_penalty_cny_per_m3");
        Core.Guard.InRange(GreenhouseMinOffsetK, -5, 0, "greenhouse_min_offset_k");
        Core.Guard.InRange(GreenhouseMaxOffsetK, 0, 5, "greenhouse_max_offset_k");
        return this;
    }
}
