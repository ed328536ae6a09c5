namespace MineRose.Core.Storage;

/// <summary>The state of a battery between two steps.</summary>
/// <param name="StoredEnergyKwh">Energy held in the cells [kWh].</param>
/// <param name="ThroughputKwh">Cumulative energy cycled through the cells, half the sum of the energy charged into and discharged from them [kWh]; drives capacity fade.</param>
public readonly record struct BatteryState(double StoredEnergyKwh, double ThroughputKwh);
