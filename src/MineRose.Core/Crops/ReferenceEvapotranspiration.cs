namespace MineRose.Core.Crops;

/// <summary>Reference evapotranspiration of well-watered short grass from radiation and temperature.</summary>
public static class ReferenceEvapotranspiration
{
    /// <summary>Makkink's reference evapotranspiration with de Bruin's coefficient 0.65, as used by KNMI [103].</summary>
    /// <remarks>
    /// <c>ET_ref = 0.65 · Δ/(Δ + γ) · R_s / λ</c>, with Δ the slope of the saturation vapour pressure curve, γ = c_p·p/(0.622·λ)
    /// the psychrometric constant, R_s global radiation and λ = 2.45 MJ/kg; 1 kg/m² of water is 1 mm.
    /// </remarks>
    /// <param name="globalRadiationWm2">Global radiation on the crop [W/m²].</param>
    /// <param name="airTemperatureC">Air temperature [°C].</param>
    /// <param name="pressurePa">Air pressure [Pa]; standard pressure when unknown.</param>
    /// <returns>Reference evapotranspiration rate [mm/h].</returns>
    public static double MakkinkMmH(double globalRadiationWm2, double airTemperatureC, double pressurePa = PhysicalConstants.StandardPressurePa)
    {
        const double lambda = 2.45e6;
        var slope = Greenhouse.Psychrometrics.SaturationSlopePaK(airTemperatureC);
        var gamma = PhysicalConstants.AirSpecificHeatJKgK * pressurePa / (0.622 * lambda);
        return 0.65 * slope / (slope + gamma) * Math.Max(0, globalRadiationWm2) * 3600 / lambda;
    }
}
