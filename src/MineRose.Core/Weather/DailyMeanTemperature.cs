namespace MineRose.Core.Weather;

/// <summary>The day-to-day anomaly of daily mean air temperature: a first-order autoregressive Gaussian process whose
/// spread follows Erbs, Klein and Beckman [127].</summary>
/// <remarks>
/// <para>The seasonal course it is added to comes from <see cref="SeasonalCourse"/>.</para>
/// <para>Anomaly (<see cref="Anomalies"/>): a_d = σ_d·z_d, with z a stationary Gaussian AR(1) process,
/// z_d = φ·z_(d−1) + √(1 − φ²)·ε_d, ε ~ N(0, 1), z₀ ~ N(0, 1). The standard deviation of daily mean temperatures within a
/// month follows Erbs, Klein and Beckman [127] (<see cref="ErbsStandardDeviationK"/>) unless given.</para>
/// </remarks>
public static class DailyMeanTemperature
{
    /// <summary>Standard deviation of the daily mean temperatures within a month, by the correlation of Erbs, Klein and
    /// Beckman [127].</summary>
    /// <param name="monthlyMeanC">The month's mean air temperature T̄ [°C].</param>
    /// <param name="monthlyMeansStdDevK">Standard deviation σ_yr of the twelve monthly means about the annual mean [K].</param>
    /// <returns>σ_m = 1.45 − 0.0290·T̄ + 0.0664·σ_yr [K], floored at 0.1 K.</returns>
    public static double ErbsStandardDeviationK(double monthlyMeanC, double monthlyMeansStdDevK)
    {
        Guard.InRange(monthlyMeanC, -70, 70, "monthly mean temperature");
        Guard.InRange(monthlyMeansStdDevK, 0, 100, "standard deviation of the monthly means");
        return Math.Max(0.1, 1.45 - 0.0290 * monthlyMeanC + 0.0664 * monthlyMeansStdDevK);
    }

    /// <summary>Day-to-day anomalies a_d = σ_d·z_d of a stationary Gaussian AR(1) process z.</summary>
    /// <param name="standardDeviationK">Standard deviation σ_d of each day's anomaly [K], ≥ 0.</param>
    /// <param name="lag1">Lag-one autocorrelation φ of z [-], in [0, 0.99].</param>
    /// <param name="anomalyK">Receives a_d [K]; same length as <paramref name="standardDeviationK"/>.</param>
    /// <param name="random">The random stream (advanced).</param>
    /// <exception cref="InvalidInputException">φ is out of range or the spans differ in length.</exception>
    public static void Anomalies(ReadOnlySpan<double> standardDeviationK, double lag1, Span<double> anomalyK, ref Xoshiro256StarStar random)
    {
        Guard.InRange(lag1, 0, 0.99, "temperature lag-1 autocorrelation");
        if (anomalyK.Length != standardDeviationK.Length)
            throw new InvalidInputException("anomaly length", anomalyK.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{standardDeviationK.Length} (one per day)");
        var innovation = Math.Sqrt(1 - lag1 * lag1);
        var z = random.NextGaussian();
        for (var d = 0; d < anomalyK.Length; d++)
        {
            if (d > 0)
                z = lag1 * z + innovation * random.NextGaussian();
            anomalyK[d] = standardDeviationK[d] * z;
        }
    }
}
