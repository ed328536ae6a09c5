namespace MineRose.Core.Crops;

/// <summary>Drip irrigation demand with treated mine water, for greenhouse roses and outdoor flowers.</summary>
public static class Irrigation
{
    /// <summary>Greenhouse drip water: the crop's transpiration (from <see cref="Greenhouse.GreenhouseYear"/>, Stanghellini [95])
    /// plus the drain that leaves the substrate unused [m³].</summary>
    /// <remarks><c>V = E · A / 1000 / (1 − f_drain)</c>; with a recirculated drain set f_drain to 0.</remarks>
    /// <param name="transpirationKgM2">Crop transpiration per m² of floor over the period [kg/m²].</param>
    /// <param name="floorAreaM2">Greenhouse floor area [m²].</param>
    /// <param name="drainFraction">Fraction of the supplied water that drains away unused [-], in [0, 0.9].</param>
    public static double GreenhouseDripM3(double transpirationKgM2, double floorAreaM2, double drainFraction)
    {
        Guard.NonNegative(transpirationKgM2, "transpiration [kg/m²]");
        Guard.NonNegative(floorAreaM2, "greenhouse floor area [m²]");
        Guard.InRange(drainFraction, 0, 0.9, "drain fraction");
        return transpirationKgM2 * floorAreaM2 / 1000 / (1 - drainFraction);
    }

    /// <summary>Outdoor drip water: crop evapotranspiration (crop coefficient × Makkink reference [103]) less effective rain,
    /// divided by the application efficiency of drip irrigation (≈0.9 [104]) [m³].</summary>
    /// <remarks><c>V = max(0, K_c·Σ ET_ref − P_eff) · A / 1000 / η</c>, with ET_ref in mm over the period.</remarks>
    /// <param name="irradianceAtCropWm2">Global irradiance reaching the crop per step [W/m²] (ground light under PV rows, or GHI).</param>
    /// <param name="airTemperatureC">Air temperature per step [°C].</param>
    /// <param name="stepHours">Length of each step [h], in (0, 24].</param>
    /// <param name="areaM2">Irrigated area [m²].</param>
    /// <param name="cropCoefficient">Crop coefficient K_c relative to Makkink's reference [-], in (0, 2].</param>
    /// <param name="effectiveRainfallMm">Rain that the crop can use over the period [mm] (scenario data), at least 0.</param>
    /// <param name="applicationEfficiency">Fraction of applied water the crop can use [-], in (0, 1].</param>
    public static double OutdoorDripM3(
        double[] irradianceAtCropWm2,
        double[] airTemperatureC,
        double stepHours,
        double areaM2,
        double cropCoefficient,
        double effectiveRainfallMm,
        double applicationEfficiency = 0.9)
    {
        ArgumentNullException.ThrowIfNull(irradianceAtCropWm2);
        ArgumentNullException.ThrowIfNull(airTemperatureC);
        Guard.InRange(stepHours, 1e-6, 24, "step [h]");
        Guard.NonNegative(areaM2, "irrigated area [m²]");
        Guard.InRange(cropCoefficient, 1e-9, 2, "crop coefficient");
        Guard.NonNegative(effectiveRainfallMm, "effective rainfall [mm]");
        Guard.Efficiency(applicationEfficiency, "irrigation application efficiency");
        if (irradianceAtCropWm2.Length != airTemperatureC.Length)
            throw new InvalidInputException("irrigation series length",
                $"{irradianceAtCropWm2.Length} irradiance values, {airTemperatureC.Length} temperatures", "two series of equal length");
        double etMm = 0;
        for (var i = 0; i < irradianceAtCropWm2.Length; i++)
            etMm += ReferenceEvapotranspiration.MakkinkMmH(irradianceAtCropWm2[i], airTemperatureC[i]) * stepHours;
        return Math.Max(0, cropCoefficient * etMm - effectiveRainfallMm) * areaM2 / 1000 / applicationEfficiency;
    }
}
