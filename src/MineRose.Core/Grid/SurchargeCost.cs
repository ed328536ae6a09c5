namespace MineRose.Core.Grid;

/// <summary>What one surcharge cost over a bill.</summary>
/// <param name="Name">The surcharge.</param>
/// <param name="CnyPerKwh">Its rate [CNY/kWh].</param>
/// <param name="CostCny">Rate times the energy imported over the bill [CNY].</param>
public sealed record SurchargeCost(string Name, double CnyPerKwh, double CostCny);
