namespace MineRose.Optimization.Dispatch;

/// <summary>A plan re-checked by the park simulator: bounds and balance of the replayed year, and where the simulator departed
/// from the plan.</summary>
/// <param name="BalanceResidualMaxKw">Largest |bus residual| of the replayed ledger [kW]; ~0.</param>
/// <param name="BatteryWithinBounds">Every replayed state of charge within the battery's window (or no battery).</param>
/// <param name="ReservoirsWithinBounds">Every replayed reservoir volume within its limits (or no shaft storage).</param>
/// <param name="BatteryPlannedKwh">Battery energy planned through the terminals, charge plus discharge [kWh].</param>
/// <param name="BatteryDepartureKwh">Σ |replayed − planned| battery power × Δt [kWh].</param>
/// <param name="HydroPlannedKwh">Shaft storage energy planned, pumped plus generated [kWh].</param>
/// <param name="HydroDepartureKwh">Σ |replayed − planned| shaft storage power × Δt [kWh]: start-up time, part-load efficiency,
/// the low-head output limit and the linearised head make the simulator deliver other than planned.</param>
/// <param name="HydroDepartureIntervals">Intervals in which the shaft storage departed from the plan by more than 1 % of its rating [—].</param>
/// <param name="PlannedCostCny">The plan's energy cost − export revenue as the optimiser saw it [CNY].</param>
/// <param name="ReplayedCostCny">The replayed ledger's energy cost − export revenue at the same prices [CNY].</param>
public sealed record ReplayCheck(
    double BalanceResidualMaxKw,
    bool BatteryWithinBounds,
    bool ReservoirsWithinBounds,
    double BatteryPlannedKwh,
    double BatteryDepartureKwh,
    double HydroPlannedKwh,
    double HydroDepartureKwh,
    int HydroDepartureIntervals,
    double PlannedCostCny,
    double ReplayedCostCny)
{
    /// <summary>Tolerance of the greenhouse band check [K].</summary>
    public const double BandToleranceK = 0.1;

    /// <summary>Largest excursion of the replayed greenhouse air outside [T_set + θ_min, T_set + θ_max] where the heating controls
    /// it (heat supplied and none unserved; above the band only while heated) [K]; 0 without greenhouse flexibility.</summary>
    public double GreenhouseBandExcessMaxK { get; init; }

    /// <summary>Heat the rule-based year left unserved [kWh].</summary>
    public double RuleBasedUnservedHeatKwh { get; init; }

    /// <summary>Heat the replayed year left unserved [kWh].</summary>
    public double ReplayedUnservedHeatKwh { get; init; }

    /// <summary>Lamp energy the LP planned, Σ L_t·Δt [kWh]; 0 when lighting is not shifted.</summary>
    public double LightingPlannedKwh { get; init; }

    /// <summary>Σ |replayed − LP-planned| lamp power × Δt [kWh]: whole lamp intervals in place of fractional LP values, and days cut
    /// between rolling windows; 0 when lighting is not shifted.</summary>
    public double LightingDepartureKwh { get; init; }

    /// <summary>Largest |replayed − rule-based| lamp energy of a local day [kWh]; 0 when lighting is not shifted.</summary>
    public double LightingDayEnergyErrorMaxKwh { get; init; }

    /// <summary>Intervals in which the replayed lamp power differs from the lamp command (<see cref="DispatchSolution.LampsOn"/>)
    /// by more than 1e-6 kW [—]; 0 when lighting is not shifted.</summary>
    public int LampCommandMismatches { get; init; }

    /// <summary>Whether the replayed year keeps every store within bounds, closes its balance (|residual| ≤ 1e-6 kW), holds the
    /// greenhouse within its band (± <see cref="BandToleranceK"/>), leaves no more heat unserved than the rules (+ 1 kWh), runs
    /// the lamps as commanded and keeps every day's lamp energy (± 1e-3 kWh).</summary>
    public bool Passed => BatteryWithinBounds && ReservoirsWithinBounds && BalanceResidualMaxKw <= 1e-6
        && GreenhouseBandExcessMaxK <= BandToleranceK && ReplayedUnservedHeatKwh <= RuleBasedUnservedHeatKwh + 1
        && LampCommandMismatches == 0 && LightingDayEnergyErrorMaxKwh <= 1e-3;
}
