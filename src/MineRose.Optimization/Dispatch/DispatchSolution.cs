using MineRose.Core.Park;
using MineRose.Optimization.Solving;

namespace MineRose.Optimization.Dispatch;

/// <summary>An optimal (or best feasible) dispatch: the solve report and every planned flow and state per interval.</summary>
/// <param name="Report">Solver, status, objective, gap, time, size, slack.</param>
/// <param name="StepHours">Interval length [h].</param>
/// <param name="GridImportKw">Planned import [kW].</param>
/// <param name="GridExportKw">Planned export [kW].</param>
/// <param name="PvUsedKw">PV used (available − curtailed) [kW].</param>
/// <param name="BatteryKw">Battery power, positive discharge [kW]; empty without a battery.</param>
/// <param name="BatteryEnergyKwh">Battery energy at each interval's end [kWh]; empty without a battery.</param>
/// <param name="PumpedHydroKw">Shaft storage power, positive generating [kW]; empty without one.</param>
/// <param name="UpperReservoirVolumeM3">Upper reservoir volume at each interval's end [m³]; empty without shaft storage.</param>
/// <param name="LowerReservoirVolumeM3">Lower reservoir volume at each interval's end, mine-water inflow excluded [m³]; empty without shaft storage.</param>
public sealed record DispatchSolution(
    SolveReport Report,
    double StepHours,
    double[] GridImportKw,
    double[] GridExportKw,
    double[] PvUsedKw,
    double[] BatteryKw,
    double[] BatteryEnergyKwh,
    double[] PumpedHydroKw,
    double[] UpperReservoirVolumeM3,
    double[] LowerReservoirVolumeM3)
{
    /// <summary>The storage powers as a plan for <see cref="ParkSimulator"/> to replay.</summary>
    public DispatchPlan ToPlan() => new(BatteryKw, PumpedHydroKw);
}
