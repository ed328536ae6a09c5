namespace MineRose.Core.Greenhouse;

/// <summary>Totals of a greenhouse run over its weather series (a year for a typical-year file).</summary>
/// <param name="FloorAreaM2">Floor area of the house [m²].</param>
/// <param name="SimulatedHours">Length of the run [h].</param>
/// <param name="HeatingKwh">Heat delivered to hold the heating set-points [kWh].</param>
/// <param name="HeatingMjPerM2">Heat delivered per m² of floor [MJ/m²].</param>
/// <param name="PeakHeatingDemandKw">Largest heating demand of any step [kW].</param>
/// <param name="CoolingKwh">Heat removed by active cooling [kWh].</param>
/// <param name="PeakCoolingDemandKw">Largest cooling demand of any step [kW].</param>
/// <param name="LightingKwh">Electricity used by the lamps [kWh].</param>
/// <param name="LampHours">Hours with the lamps on [h].</param>
/// <param name="SunParMolM2">Sunlight PAR received by the canopy [mol/m²].</param>
/// <param name="LampParMolM2">Lamp PAR received by the canopy [mol/m²].</param>
/// <param name="MeanInsideTemperatureC">Time-mean inside air temperature [°C].</param>
/// <param name="TranspirationKgM2">Water transpired by the crop per m² of floor [kg/m²].</param>
/// <param name="HumidityVentilationHeatKwh">Sensible heat lost by ventilation added only for humidity control while heating [kWh].</param>
/// <param name="HoursAboveHumidityLimit">Hours in which the inside humidity stayed above the limit of the day or night (outside air too humid, vents at maximum) [h].</param>
public sealed record GreenhouseAnnualSummary(
    double FloorAreaM2,
    double SimulatedHours,
    double HeatingKwh,
    double HeatingMjPerM2,
    double PeakHeatingDemandKw,
    double CoolingKwh,
    double PeakCoolingDemandKw,
    double LightingKwh,
    double LampHours,
    double SunParMolM2,
    double LampParMolM2,
    double MeanInsideTemperatureC,
    double TranspirationKgM2,
    double HumidityVentilationHeatKwh,
    double HoursAboveHumidityLimit)
{
    /// <summary>Steps whose iteration did not meet its tolerances within <see cref="GreenhouseClimate.MaxPasses"/> passes
    /// (hours in which the model's switching control has no fixed point; each is still its last pass evaluated in full) [-].</summary>
    public int NonConvergedSteps { get; init; }

    /// <summary>Total canopy PAR, sun and lamps [mol/m²].</summary>
    public double CanopyParMolM2 => SunParMolM2 + LampParMolM2;
}
