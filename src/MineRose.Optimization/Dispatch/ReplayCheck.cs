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
    /// <summary>Whether the replayed year keeps every store within bounds and closes its balance (|residual| ≤ 1e-6 kW).</summary>
    public bool Passed => BatteryWithinBounds && ReservoirsWithinBounds && BalanceResidualMaxKw <= 1e-6;
}
