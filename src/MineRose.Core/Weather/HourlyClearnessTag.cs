namespace MineRose.Core.Weather;

/// <summary>Hourly clearness indices within a day from its daily clearness index: the time-dependent, autoregressive,
/// Gaussian (TAG) model of Aguiar and Collares-Pereira [125].</summary>
/// <remarks>
/// <para>For a day with clearness index K_t and an hour whose sun elevation is h, the hourly clearness index
/// k_t = G/(G₀ₙ·sin h) has the mean k_tm and standard deviation σ [125]:</para>
/// <para>k_tm = λ + ε·exp(−κ/sin h), λ = −0.19 + 1.12K_t + 0.24·exp(−8K_t), ε = 0.32 − 1.6(K_t − 0.5)²,
/// κ = 0.19 + 2.27K_t² − 2.51K_t³;</para>
/// <para>σ = A·exp(B(1 − sin h)), A = 0.14·exp(−20(K_t − 0.35)²), B = 3(K_t − 0.45)² + 16K_t⁵.</para>
/// <para>The normalised variable y = (k_t − k_tm)/σ follows a first-order autoregressive process through the day,
/// y_h = φ₁·y_(h−1) + r_h with φ₁ = 0.38 + 0.06·cos(7.4K_t − 2.5) [125]; y is N(0, 1) by construction, so the innovation
/// r is N(0, 1 − φ₁²) and the first daylight hour starts from y ~ N(0, 1). k_t is a truncated Gaussian [125]: an
/// innovation that puts k_t outside [0, k_t,max] is drawn again (at most 100 times, then k_t is clipped). The upper
/// bound k_t,max is the caller's clear-sky limit.</para>
/// <para>The constants were read from public implementations of the paper (see docs/model.md, "Synthetic typical year", [124]);
/// three of them agree on every one quoted here except one, which writes 0.16 for the 16 of B.</para>
/// </remarks>
public static class HourlyClearnessTag
{
    /// <summary>Most draws of an innovation before an out-of-range k_t is clipped.</summary>
    public const int MaxDraws = 100;

    /// <summary>Mean hourly clearness index k_tm of the TAG model [125].</summary>
    /// <param name="dailyKt">Daily clearness index K_t [-].</param>
    /// <param name="sinElevation">Sine of the sun elevation at the hour's midpoint, sin h [-], in (0, 1].</param>
    /// <returns>k_tm = λ + ε·exp(−κ/sin h) [-].</returns>
    public static double MeanKt(double dailyKt, double sinElevation)
    {
        var k = dailyKt;
        var lambda = -0.19 + 1.12 * k + 0.24 * Math.Exp(-8 * k);
        var epsilon = 0.32 - 1.6 * (k - 0.5) * (k - 0.5);
        var kappa = 0.19 + k * k * (2.27 - 2.51 * k);
        return lambda + epsilon * Math.Exp(-kappa / sinElevation);
    }

    /// <summary>Standard deviation σ of the hourly clearness index about <see cref="MeanKt"/> in the TAG model [125].</summary>
    /// <param name="dailyKt">Daily clearness index K_t [-].</param>
    /// <param name="sinElevation">Sine of the sun elevation, sin h [-], in (0, 1].</param>
    /// <returns>σ = A·exp(B(1 − sin h)) [-].</returns>
    public static double StandardDeviation(double dailyKt, double sinElevation)
    {
        var k = dailyKt;
        var a = 0.14 * Math.Exp(-20 * (k - 0.35) * (k - 0.35));
        var k2 = k * k;
        var b = 3 * (k - 0.45) * (k - 0.45) + 16 * k2 * k2 * k;
        return a * Math.Exp(b * (1 - sinElevation));
    }

    /// <summary>Lag-one autocorrelation φ₁ of the normalised hourly clearness index in the TAG model [125].</summary>
    /// <param name="dailyKt">Daily clearness index K_t [-].</param>
    /// <returns>φ₁ = 0.38 + 0.06·cos(7.4K_t − 2.5) [-], within [0.32, 0.44].</returns>
    public static double Autocorrelation(double dailyKt) => 0.38 + 0.06 * Math.Cos(7.4 * dailyKt - 2.5);

    /// <summary>Hourly clearness indices of one day by the TAG model [125].</summary>
    /// <param name="dailyKt">Daily clearness index K_t [-], in [0, 1].</param>
    /// <param name="sinElevation">Sine of the sun elevation at each hour's midpoint [-]; hours with sin h ≤ 0 are night.</param>
    /// <param name="ktMax">Upper bound of each hour's k_t [-] (a clear-sky limit), ≥ 0.</param>
    /// <param name="kt">Receives each hour's k_t [-]; 0 at night.</param>
    /// <param name="random">The random stream (advanced).</param>
    /// <exception cref="InvalidInputException">K_t is outside [0, 1] or the spans differ in length.</exception>
    public static void Day(double dailyKt, ReadOnlySpan<double> sinElevation, ReadOnlySpan<double> ktMax, Span<double> kt,
        ref Xoshiro256StarStar random)
    {
        Guard.InRange(dailyKt, 0, 1, "daily clearness index");
        if (ktMax.Length != sinElevation.Length || kt.Length != sinElevation.Length)
            throw new InvalidInputException("hourly spans", $"{sinElevation.Length}, {ktMax.Length}, {kt.Length}", "equal lengths (one per hour)");
        var phi = Autocorrelation(dailyKt);
        var innovationScale = Math.Sqrt(1 - phi * phi);
        var y = 0.0;
        var started = false;
        for (var h = 0; h < sinElevation.Length; h++)
        {
            var sinH = sinElevation[h];
            if (!(sinH > 0))
            {
                kt[h] = 0;
                continue;
            }
            var mean = MeanKt(dailyKt, sinH);
            var sigma = StandardDeviation(dailyKt, sinH);
            var upper = Math.Max(ktMax[h], 0);
            // the first daylight hour draws y from its stationary N(0, 1); later hours continue the AR(1) chain
            var carried = started ? phi * y : 0.0;
            var scale = started ? innovationScale : 1.0;
            var value = double.NaN;
            for (var draw = 0; draw < MaxDraws; draw++)
            {
                var candidateY = carried + scale * random.NextGaussian();
                var candidate = mean + sigma * candidateY;
                if (candidate >= 0 && candidate <= upper)
                {
                    y = candidateY;
                    value = candidate;
                    break;
                }
            }
            if (double.IsNaN(value))
            {
                value = Math.Clamp(mean + sigma * carried, 0, upper);
                y = sigma > 0 ? (value - mean) / sigma : 0;
            }
            kt[h] = value;
            started = true;
        }
    }
}
