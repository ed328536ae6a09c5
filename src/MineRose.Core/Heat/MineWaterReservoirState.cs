namespace MineRose.Core.Heat;

/// <summary>The state of the lumped mine-water reservoir between two steps.</summary>
/// <param name="TemperatureC">Temperature of the mine water drawn from the reservoir [°C].</param>
/// <param name="HeatTakenKwh">Cumulative net heat taken from the reservoir since the start; negative when more heat was rejected into it than taken [kWh].</param>
public readonly record struct MineWaterReservoirState(double TemperatureC, double HeatTakenKwh);
