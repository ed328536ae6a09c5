namespace MineRose.Core.Solar;

/// <summary>Solar irradiance at the top of the atmosphere on a surface normal to the sun's rays.</summary>
public static class Extraterrestrial
{
    /// <summary>Extraterrestrial normal irradiance on a day of the year, from Spencer's Fourier series for (r₀/r)² [10].</summary>
    /// <param name="dayOfYear">Day of the year, 1 = 1 January [d], in [1, 366].</param>
    /// <param name="solarConstantWm2">Solar constant at the mean Earth–sun distance [W/m²]; 1366.1 after Gueymard, as pvlib.</param>
    /// <returns>Extraterrestrial normal irradiance E₀ₙ [W/m²].</returns>
    /// <remarks>
    /// Γ = 2π(d − 1)/365; (r₀/r)² = 1.000110 + 0.034221 cos Γ + 0.001280 sin Γ + 0.000719 cos 2Γ + 0.000077 sin 2Γ;
    /// E₀ₙ = S·(r₀/r)² [10]. The series is within ≈0.1 % of the inverse-square law at perihelion and aphelion; it is pvlib's 'spencer' method [28].
    /// </remarks>
    public static double NormalIrradianceWm2(int dayOfYear, double solarConstantWm2 = PhysicalConstants.SolarConstantWm2)
    {
        if (dayOfYear is < 1 or > 366)
            throw new InvalidInputException("day of year", dayOfYear.ToString(System.Globalization.CultureInfo.InvariantCulture), "an integer in [1, 366]");
        Guard.InRange(solarConstantWm2, 1300, 1400, "solar constant");
        return solarConstantWm2 * DistanceFactor(dayOfYear);
    }

    /// <summary>Extraterrestrial normal irradiance at a given Earth–sun distance, by the inverse-square law.</summary>
    /// <param name="earthSunDistanceAu">Earth–sun distance r [AU], in [0.95, 1.05] (Earth's orbit spans 0.983–1.017).</param>
    /// <param name="solarConstantWm2">Solar constant at 1 AU [W/m²].</param>
    /// <returns>Extraterrestrial normal irradiance E₀ₙ = S / r² [W/m²].</returns>
    public static double NormalIrradianceWm2(double earthSunDistanceAu, double solarConstantWm2 = PhysicalConstants.SolarConstantWm2)
    {
        Guard.InRange(earthSunDistanceAu, 0.95, 1.05, "Earth-sun distance");
        Guard.InRange(solarConstantWm2, 1300, 1400, "solar constant");
        return solarConstantWm2 / (earthSunDistanceAu * earthSunDistanceAu);
    }

    /// <summary>Spencer's (r₀/r)² for a day of the year, unchecked (callers guard).</summary>
    internal static double DistanceFactor(int dayOfYear)
    {
        double gamma = 2.0 * Math.PI * (dayOfYear - 1) / 365.0;
        var (sinGamma, cosGamma) = Math.SinCos(gamma);
        // Double-angle identities: cos 2Γ = 2cos²Γ − 1, sin 2Γ = 2 sin Γ cos Γ (one SinCos instead of four calls).
        return 1.000110
            + 0.034221 * cosGamma + 0.001280 * sinGamma
            + 0.000719 * (2.0 * cosGamma * cosGamma - 1.0) + 0.000077 * (2.0 * sinGamma * cosGamma);
    }
}
