namespace MineRose.Optimization.Sizing;

/// <summary>The capacities a sizing solve chose (or the design's, for comparison).</summary>
/// <param name="PvKw">PV, all fields scaled alike [kWp].</param>
/// <param name="BatteryEnergyKwh">Battery energy [kWh].</param>
/// <param name="BatteryPowerKw">Battery power [kW].</param>
/// <param name="ShaftUnits">Shaft-storage machine units (continuous in the LP; rounded when applied to the design) [—].</param>
/// <param name="ShaftGeneratingKw">Shaft-storage generating power, units × unit rating [kW].</param>
/// <param name="HeatPumpKw">Heat-pump heating capacity [kW].</param>
/// <param name="GreenhouseAreaM2">Rose greenhouse floor area (the design's unless sized; NaN: not stated, the design's is kept) [m²].</param>
public sealed record SizedCapacities(double PvKw, double BatteryEnergyKwh, double BatteryPowerKw, double ShaftUnits, double ShaftGeneratingKw, double HeatPumpKw,
    double GreenhouseAreaM2 = double.NaN);
