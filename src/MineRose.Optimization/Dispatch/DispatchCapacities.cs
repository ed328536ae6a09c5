using MineRose.Optimization.Solving;

namespace MineRose.Optimization.Dispatch;

/// <summary>Every capacity a dispatch model reads, each a constant or (for sizing) a decision variable.</summary>
/// <param name="PvKw">Installed PV [kWp]; PV available = <see cref="DispatchInputs.PvAcKwPerKwp"/> × this.</param>
/// <param name="BatteryEnergyKwh">Battery nameplate energy [kWh].</param>
/// <param name="BatteryPowerKw">Battery rated power, charge and discharge [kW].</param>
/// <param name="HydroActiveVolumeM3">Shaft storage cycle volume [m³].</param>
/// <param name="HydroGeneratingKw">Shaft storage rated output [kW].</param>
/// <param name="HydroPumpingKw">Shaft storage rated input [kW].</param>
/// <param name="ImportLimitKw">Grid import limit [kW].</param>
/// <param name="ExportLimitKw">Grid export limit [kW].</param>
public sealed record DispatchCapacities(
    CapacityExpression PvKw,
    CapacityExpression BatteryEnergyKwh,
    CapacityExpression BatteryPowerKw,
    CapacityExpression HydroActiveVolumeM3,
    CapacityExpression HydroGeneratingKw,
    CapacityExpression HydroPumpingKw,
    CapacityExpression ImportLimitKw,
    CapacityExpression ExportLimitKw)
{
    /// <summary>Heat-pump heating capacity K_hp [kW]; 0 (the default) without heat pumps.</summary>
    public CapacityExpression HeatPumpHeatingKw { get; init; }

    /// <summary>Heat-pump compressor cooling capacity K_cc [kW]; 0 (the default) without heat pumps.</summary>
    public CapacityExpression HeatPumpCoolingKw { get; init; }

    /// <summary>The capacities of the inputs' design, all constants.</summary>
    /// <param name="inputs">The dispatch inputs.</param>
    public static DispatchCapacities Of(DispatchInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return new DispatchCapacities(
            CapacityExpression.Fixed(inputs.PvCapacityKw),
            CapacityExpression.Fixed(inputs.Battery?.EnergyCapacityKwh ?? 0),
            CapacityExpression.Fixed(inputs.Battery?.RatedPowerKw ?? 0),
            CapacityExpression.Fixed(inputs.Hydro?.ActiveVolumeM3 ?? 0),
            CapacityExpression.Fixed(inputs.Hydro?.RatedGeneratingKw ?? 0),
            CapacityExpression.Fixed(inputs.Hydro?.RatedPumpingKw ?? 0),
            CapacityExpression.Fixed(inputs.ImportLimitKw),
            CapacityExpression.Fixed(inputs.ExportLimitKw))
        {
            HeatPumpHeatingKw = CapacityExpression.Fixed(inputs.Heat?.RatedHeatingKw ?? 0),
            HeatPumpCoolingKw = CapacityExpression.Fixed(inputs.Heat?.RatedCoolingKw ?? 0),
        };
    }
}
