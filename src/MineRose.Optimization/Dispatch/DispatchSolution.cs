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
    /// <summary>Planned deviation of the greenhouse air from its heating set-point at each interval's end [K]; empty without
    /// greenhouse flexibility.</summary>
    public double[] HeatingSetPointOffsetK { get; init; } = [];

    /// <summary>Planned deviation of the greenhouse mass from the held trajectory [K]; empty without the mass node.</summary>
    public double[] GreenhouseMassOffsetK { get; init; } = [];

    /// <summary>Planned heat-plant electricity (compressors and mine-water pumps) [kW]; empty when the heat plant is not dispatched.</summary>
    public double[] HeatPlantElectricityKw { get; init; } = [];

    /// <summary>Planned heat-pump heat [kW]; empty when the heat plant is not dispatched.</summary>
    public double[] HeatPumpHeatKw { get; init; } = [];

    /// <summary>Planned boiler heat [kW]; empty when the heat plant is not dispatched.</summary>
    public double[] BoilerHeatKw { get; init; } = [];

    /// <summary>Planned lamp power [kW]; empty when lighting is not shifted.</summary>
    public double[] LightingKw { get; init; } = [];

    /// <summary>Lamps on (true) or off per interval as the simulator replays them (<see cref="LampSchedule.WholeIntervals"/>: whole
    /// lamp intervals keeping each local day's lamp energy); empty when lighting is not shifted.</summary>
    public bool[] LampsOn { get; init; } = [];

    /// <summary>The storage powers, set-point offsets and lamp commands as a plan for <see cref="ParkSimulator"/> to replay.</summary>
    public DispatchPlan ToPlan() => new(BatteryKw, PumpedHydroKw) { HeatingSetPointOffsetK = HeatingSetPointOffsetK, LampsOn = LampsOn };
}
