namespace MineRose.Core.Weather;

/// <summary>The daily cycle of air temperature between a day's minimum and maximum, from the ASHRAE fraction-of-daily-range
/// profile [126].</summary>
/// <remarks>
/// <para>ASHRAE tabulates, for each hour of apparent solar time, the fraction f by which the temperature lies below the
/// day's maximum, as a share of the daily range: T = T_max − f·ΔT [126]. f = 1 at 05:00 (the minimum) and 0 at 14:00 and
/// 15:00 (the maximum); its daily mean is f̄ = 12.87/24 = 0.53625. Between tabulated hours f is interpolated linearly
/// (hour 0 = hour 24).</para>
/// <para>The profile fixes the daily mean at T_max − f̄·ΔT. Monthly normals need not agree with that (the mean may sit
/// closer to the minimum or to the maximum), so the fraction is reshaped as f^p: the exponent p &gt; 0 keeps the timing of
/// the minimum and maximum and sets the daily mean fraction to r = (T_max − T̄)/(T_max − T_min) exactly
/// (<see cref="ExponentForMeanFraction"/>); p = 1 is the published profile. This reshaping is this project's
/// construction.</para>
/// <para>Consecutive days are joined without a step: from the minimum (05:00) to the maximum (14:00–15:00) the day's
/// own extremes apply; from the maximum to the next day's minimum, T = T_min,next + (1 − f^p)(T_max − T_min,next)
/// (<see cref="Temperature"/>).</para>
/// </remarks>
public static class DiurnalTemperature
{
    /// <summary>Apparent solar hour of the minimum temperature in the ASHRAE profile [h].</summary>
    public const double MinimumSolarHour = 5.0;

    /// <summary>Apparent solar hour at which the ASHRAE profile first reaches the maximum temperature [h].</summary>
    public const double MaximumSolarHour = 14.0;

    /// <summary>Apparent solar hour after which the temperature falls from the maximum [h].</summary>
    public const double FallSolarHour = 15.0;

    /// <summary>Daily mean of the ASHRAE fraction of daily range, 12.87/24 [-].</summary>
    public const double AshraeMeanFraction = 12.87 / 24.0;

    /// <summary>ASHRAE fraction of daily temperature range at hours 1–24 of apparent solar time [126] (index 0 is hour 24).</summary>
    private static ReadOnlySpan<double> Fractions =>
    [
        0.82, // hour 24 (= 0)
        0.88, 0.92, 0.95, 0.98, 1.00, 0.98, 0.91, 0.74, 0.55, 0.38, 0.23, 0.13,
        0.05, 0.00, 0.00, 0.06, 0.14, 0.24, 0.39, 0.50, 0.59, 0.68, 0.75, 0.82,
    ];

    /// <summary>ASHRAE fraction of the daily temperature range below the maximum at an apparent solar hour [126].</summary>
    /// <param name="solarHour">Apparent solar time [h]; taken modulo 24.</param>
    /// <returns>f in [0, 1], linearly interpolated between the tabulated hours.</returns>
    public static double AshraeFraction(double solarHour)
    {
        var t = solarHour % 24.0;
        if (t < 0)
            t += 24.0;
        var h = (int)t;
        var w = t - h;
        var table = Fractions;
        return table[h] + w * (table[h + 1] - table[h]);
    }

    /// <summary>Daily mean of the reshaped fraction f^p over the 24 hours.</summary>
    /// <param name="exponent">Shape exponent p [-], in [0.05, 20].</param>
    /// <returns>The mean of f(t)^p over a day [-]; <see cref="AshraeMeanFraction"/> for p = 1.</returns>
    /// <remarks>f is linear within each hour, from a to b, so each hour contributes exactly
    /// ∫₀¹ (a + (b − a)w)^p dw = (b^(p+1) − a^(p+1))/((p + 1)(b − a)), or a^p when a = b.</remarks>
    public static double MeanFraction(double exponent)
    {
        Guard.InRange(exponent, 0.05, 20, "temperature shape exponent");
        var table = Fractions;
        var sum = 0.0;
        for (var h = 0; h < 24; h++)
        {
            double a = table[h], b = table[h + 1];
            sum += Math.Abs(b - a) < 1e-12
                ? Math.Pow(a, exponent)
                : (Math.Pow(b, exponent + 1) - Math.Pow(a, exponent + 1)) / ((exponent + 1) * (b - a));
        }
        return sum / 24.0;
    }

    /// <summary>The shape exponent p whose reshaped profile f^p has the daily mean fraction <paramref name="meanFraction"/>.</summary>
    /// <param name="meanFraction">Target r = (T_max − T̄)/(T_max − T_min) [-]; values beyond what p ∈ [0.05, 20] can reach are
    /// clamped to the nearest reachable one.</param>
    /// <returns>p [-] (bisection on ln p; the mean of f^p falls as p grows).</returns>
    public static double ExponentForMeanFraction(double meanFraction)
    {
        Guard.InRange(meanFraction, 0, 1, "temperature mean fraction");
        double lo = Math.Log(0.05), hi = Math.Log(20);
        if (meanFraction >= MeanFraction(0.05))
            return 0.05;
        if (meanFraction <= MeanFraction(20))
            return 20;
        for (var i = 0; i < 40; i++)
        {
            var mid = 0.5 * (lo + hi);
            if (MeanFraction(Math.Exp(mid)) > meanFraction)
                lo = mid;
            else
                hi = mid;
        }
        return Math.Exp(0.5 * (lo + hi));
    }

    /// <summary>Air temperature at an apparent solar hour of a day, joined continuously to the neighbouring days.</summary>
    /// <param name="solarHour">Apparent solar time within the day [h], in [0, 24).</param>
    /// <param name="previousMaxC">Maximum temperature of the previous day [°C] (governs the early morning).</param>
    /// <param name="minC">This day's minimum temperature [°C], reached at 05:00.</param>
    /// <param name="maxC">This day's maximum temperature [°C], held from 14:00 to 15:00.</param>
    /// <param name="nextMinC">Minimum temperature of the next day [°C] (governs the evening).</param>
    /// <param name="exponent">Shape exponent p [-] (1 for the published profile).</param>
    /// <returns>Air temperature [°C].</returns>
    /// <remarks>Before 05:00: T = T_min + (1 − f^p)(T_max,prev − T_min); 05:00–15:00: T = T_min + (1 − f^p)(T_max − T_min);
    /// after 15:00: T = T_min,next + (1 − f^p)(T_max − T_min,next).</remarks>
    public static double Temperature(double solarHour, double previousMaxC, double minC, double maxC, double nextMinC, double exponent)
    {
        var rise = 1.0 - Math.Pow(AshraeFraction(solarHour), exponent);
        if (solarHour < MinimumSolarHour)
            return minC + rise * (previousMaxC - minC);
        if (solarHour <= FallSolarHour)
            return minC + rise * (maxC - minC);
        return nextMinC + rise * (maxC - nextMinC);
    }
}
