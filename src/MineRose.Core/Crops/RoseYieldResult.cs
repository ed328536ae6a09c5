namespace MineRose.Core.Crops;

/// <summary>Rose yield over a period, with the light and temperature that produced it.</summary>
/// <param name="StemsPerM2">Stems harvested per m² over the period [stems/m²].</param>
/// <param name="StemsPerM2PerYear">The same, scaled to a year of 365.25 days [stems/(m²·yr)].</param>
/// <param name="CanopyParMolM2">PAR received by the canopy over the period [mol/m²].</param>
/// <param name="MeanDailyLightIntegralMolM2">Mean daily light integral at the canopy [mol/(m²·d)].</param>
/// <param name="MeanTemperatureFactor">Light-weighted mean of the temperature factor f_T [-].</param>
/// <param name="Days">Length of the period [d].</param>
public sealed record RoseYieldResult(
    double StemsPerM2,
    double StemsPerM2PerYear,
    double CanopyParMolM2,
    double MeanDailyLightIntegralMolM2,
    double MeanTemperatureFactor,
    double Days);
