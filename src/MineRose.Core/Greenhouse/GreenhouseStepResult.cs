namespace MineRose.Core.Greenhouse;

/// <summary>What happened in a greenhouse over one step: climate, energy flows (whole house, averages over the step) and the next state.</summary>
/// <remarks>
/// The heat flows close the balance <c>SolarGain + LampHeat + Heating − Cooling − Transmission − Ventilation − Latent − Storage = 0</c>;
/// <see cref="BalanceResidualKw"/> reports what is left (rounding only).
/// </remarks>
/// <param name="Next">State at the end of the step.</param>
/// <param name="InsideTemperatureC">Air temperature at the end of the step [°C].</param>
/// <param name="InsideRelativeHumidityPercent">Inside relative humidity at the end of the step [%].</param>
/// <param name="HeatingDemandKw">Heat needed to hold the heating set-point [kW].</param>
/// <param name="HeatingKw">Heat delivered by the heating system [kW].</param>
/// <param name="UnservedHeatingKw">Heat demanded but not supplied [kW].</param>
/// <param name="CoolingDemandKw">Heat that active cooling must remove to hold the cooling set-point (and, closed, the humidity limit) [kW].</param>
/// <param name="CoolingKw">Heat removed by the cooling system [kW], including the latent heat of vapour its coil condenses in a closed, cooled house.</param>
/// <param name="UnservedCoolingKw">Cooling demanded but not supplied [kW].</param>
/// <param name="LightingPowerKw">Electric power of the lamps [kW].</param>
/// <param name="LampsOn">Whether the lamps were on.</param>
/// <param name="ScreenDrawn">Whether the thermal screen was drawn.</param>
/// <param name="VentilationAch">Total air exchange, leakage included [1/h].</param>
/// <param name="HumidityVentilationAch">Part of <paramref name="VentilationAch"/> above leakage needed to keep humidity at its limit [1/h].</param>
/// <param name="HumidityVentilationHeatKw">Sensible heat carried out by that humidity share of the ventilation [kW] (part of <paramref name="VentilationLossKw"/>).</param>
/// <param name="CanopyParUmolM2s">PAR photon flux at the canopy, sun and lamps [µmol/(m²·s)].</param>
/// <param name="TranspirationKgM2H">Crop transpiration per m² of floor [kg/(m²·h)].</param>
/// <param name="CondensationKgM2H">Vapour condensed on the cover (or screen) per m² of floor [kg/(m²·h)].</param>
/// <param name="SolarGainKw">Sunlight entering through the cover [kW].</param>
/// <param name="LampHeatKw">Heat released by the lamps (equal to their electric power) [kW].</param>
/// <param name="TransmissionLossKw">Sensible heat lost from the air through the cover, less the latent heat of condensation returned by the warmed cover [kW].</param>
/// <param name="VentilationLossKw">Sensible heat carried out by leakage and ventilation [kW].</param>
/// <param name="LatentLossKw">Latent heat of the transpired water, less the part condensed on a cooling coil (counted in <paramref name="CoolingKw"/>) [kW].</param>
/// <param name="StorageKw">Rate of increase of heat stored in air, leaves and mass [kW].</param>
/// <param name="ShadeDrawn">Whether the shade screen was drawn.</param>
/// <param name="InsideCo2Ppm">CO₂ concentration of the inside air [ppm].</param>
public readonly record struct GreenhouseStepResult(
    GreenhouseState Next,
    double InsideTemperatureC,
    double InsideRelativeHumidityPercent,
    double HeatingDemandKw,
    double HeatingKw,
    double UnservedHeatingKw,
    double CoolingDemandKw,
    double CoolingKw,
    double UnservedCoolingKw,
    double LightingPowerKw,
    bool LampsOn,
    bool ScreenDrawn,
    double VentilationAch,
    double HumidityVentilationAch,
    double HumidityVentilationHeatKw,
    double CanopyParUmolM2s,
    double TranspirationKgM2H,
    double CondensationKgM2H,
    double SolarGainKw,
    double LampHeatKw,
    double TransmissionLossKw,
    double VentilationLossKw,
    double LatentLossKw,
    double StorageKw,
    bool ShadeDrawn,
    double InsideCo2Ppm)
{
    /// <summary>Passes the step's iteration made (each one evaluation of the model) [-].</summary>
    public int Passes { get; init; }

    /// <summary>Whether the iteration met its tolerances (<see cref="GreenhouseClimate.TemperatureToleranceK"/>,
    /// <see cref="GreenhouseClimate.RelativeTolerance"/>) within <see cref="GreenhouseClimate.MaxPasses"/> passes; a step that
    /// did not is still the full model evaluated at its last iterate (its energy balance closes).</summary>
    public bool Converged { get; init; }

    /// <summary>Gains minus losses minus storage [kW]; zero up to rounding.</summary>
    public double BalanceResidualKw =>
        SolarGainKw + LampHeatKw + HeatingKw - CoolingKw - TransmissionLossKw - VentilationLossKw - LatentLossKw - StorageKw;
}
