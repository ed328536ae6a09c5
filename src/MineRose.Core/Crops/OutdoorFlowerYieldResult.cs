namespace MineRose.Core.Crops;

/// <summary>Outdoor flower yield over a period.</summary>
/// <param name="DryMatterGM2">Above-ground dry matter grown [g/m²].</param>
/// <param name="StemsPerM2">Marketable stems [stems/m²].</param>
/// <param name="GlobalRadiationMjM2">Global radiation received at crop height [MJ/m²].</param>
public sealed record OutdoorFlowerYieldResult(double DryMatterGM2, double StemsPerM2, double GlobalRadiationMjM2);
