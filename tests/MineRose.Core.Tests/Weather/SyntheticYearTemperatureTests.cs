using FsCheck.Xunit;
using MineRose.Core.Weather;

namespace MineRose.Core.Tests.Weather;

public class SyntheticYearTemperatureTests
{
    [Theory]
    // ASHRAE Handbook—Fundamentals (2009), ch. 14, Table 6, fraction of daily temperature range by hour of solar time.
    [InlineData(1, 0.88)]
    [InlineData(5, 1.00)]
    [InlineData(8, 0.74)]
    [InlineData(12, 0.13)]
    [InlineData(14, 0.00)]
    [InlineData(15, 0.00)]
    [InlineData(20, 0.50)]
    [InlineData(24, 0.82)]
    [InlineData(0, 0.82)]
    [InlineData(12.5, 0.09)] // halfway between 0.13 and 0.05
    public void The_ASHRAE_fraction_of_daily_range_is_the_published_table(double solarHour, double expected) =>
        Assert.Equal(expected, DiurnalTemperature.AshraeFraction(solarHour), 12);

    [Fact]
    public void The_published_profile_has_the_daily_mean_fraction_of_its_table()
    {
        // Sum of the 24 tabulated fractions = 12.87; linear interpolation between hourly values keeps the mean of a
        // periodic table, so the daily mean is 12.87/24 = 0.53625.
        Assert.Equal(0.53625, DiurnalTemperature.MeanFraction(1.0), 12);
        Assert.Equal(1.0, DiurnalTemperature.ExponentForMeanFraction(0.53625), 6);
    }

    [Property(MaxTest = 200)]
    public bool The_shape_exponent_reproduces_any_reachable_mean_fraction(byte b)
    {
        var r = 0.2 + 0.6 * b / 255.0;
        var p = DiurnalTemperature.ExponentForMeanFraction(r);
        return Math.Abs(DiurnalTemperature.MeanFraction(p) - r) < 1e-9;
    }

    [Property(MaxTest = 200)]
    public bool The_daily_temperature_curve_reaches_its_extremes_and_joins_the_next_day(sbyte a, sbyte b, byte c, byte d, byte e)
    {
        double previousMax = a / 4.0 + 20, min = b / 4.0, max = min + c / 10.0, nextMin = min + (d - 128) / 40.0;
        var p = 0.3 + e / 100.0;
        var atMin = DiurnalTemperature.Temperature(DiurnalTemperature.MinimumSolarHour, previousMax, min, max, nextMin, p);
        var atMax = DiurnalTemperature.Temperature(14.5, previousMax, min, max, nextMin, p);
        // midnight: the evening of this day equals the early morning of the next (whose previous maximum is this max)
        var lateEvening = DiurnalTemperature.Temperature(24.0 - 1e-9, previousMax, min, max, nextMin, p);
        var earlyMorning = DiurnalTemperature.Temperature(0.0, max, nextMin, nextMin + 5, nextMin, p);
        return Math.Abs(atMin - min) < 1e-12 && Math.Abs(atMax - max) < 1e-12 && Math.Abs(lateEvening - earlyMorning) < 1e-6;
    }

    [Property(MaxTest = 200)]
    public bool The_seasonal_course_reproduces_every_monthly_mean(int[] seeds)
    {
        var targets = new double[12];
        for (var m = 0; m < 12; m++)
            targets[m] = seeds is { Length: > 0 } ? seeds[m % seeds.Length] % 50 : 0;
        int[] lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
        var daily = new double[365];
        SeasonalCourse.MeanPreserving(targets, lengths, daily);
        var d = 0;
        for (var m = 0; m < 12; m++)
        {
            var sum = 0.0;
            for (var k = 0; k < lengths[m]; k++)
                sum += daily[d++];
            if (Math.Abs(sum / lengths[m] - targets[m]) > 1e-8)
                return false;
        }
        return true;
    }

    [Fact]
    public void The_seasonal_course_of_a_constant_is_that_constant_and_a_course_is_continuous()
    {
        int[] lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
        var daily = new double[365];
        SeasonalCourse.MeanPreserving(Enumerable.Repeat(7.5, 12).ToArray(), lengths, daily);
        Assert.All(daily, v => Assert.Equal(7.5, v, 10));
        // Zibo monthly means: steps between consecutive days stay below the steepest month-to-month change per day
        double[] zibo = [0.0, 1.7, 8.4, 15.4, 21.4, 26.9, 27.7, 26.4, 21.9, 15.6, 6.8, 1.2];
        SeasonalCourse.MeanPreserving(zibo, lengths, daily);
        for (var d = 1; d < 365; d++)
            Assert.True(Math.Abs(daily[d] - daily[d - 1]) < 0.35, $"day {d}: {daily[d - 1]} → {daily[d]}");
    }

    [Theory]
    // Erbs, Klein & Beckman (1983): σ_m = 1.45 − 0.0290·T̄ + 0.0664·σ_yr, evaluated by hand.
    [InlineData(0.0, 10.0, 2.114)]
    [InlineData(30.0, 5.0, 0.912)]
    [InlineData(27.7, 10.09, 1.317)]
    public void The_daily_temperature_spread_follows_Erbs_Klein_and_Beckman(double meanC, double sigmaYear, double expected) =>
        Assert.Equal(expected, DailyMeanTemperature.ErbsStandardDeviationK(meanC, sigmaYear), 3);

    [Fact]
    public void Anomalies_have_the_requested_spread_and_lag_one_autocorrelation()
    {
        // A stationary AR(1) process: sample standard deviation → σ, lag-1 autocorrelation → φ (50 000 days; standard
        // errors ≈ 0.01 and ≈ 0.003).
        var sigma = Enumerable.Repeat(2.5, 50_000).ToArray();
        var anomaly = new double[sigma.Length];
        var random = new Xoshiro256StarStar(99);
        DailyMeanTemperature.Anomalies(sigma, 0.68, anomaly, ref random);
        var mean = anomaly.Average();
        double den = 0, num = 0;
        for (var d = 0; d < anomaly.Length; d++)
        {
            den += (anomaly[d] - mean) * (anomaly[d] - mean);
            if (d > 0)
                num += (anomaly[d] - mean) * (anomaly[d - 1] - mean);
        }
        Assert.InRange(Math.Sqrt(den / anomaly.Length), 2.4, 2.6);
        Assert.InRange(num / den, 0.66, 0.70);
    }

    [Fact]
    public void The_diurnal_wind_factor_averages_to_one_and_peaks_at_the_peak_hour()
    {
        var sum = 0.0;
        for (var h = 0; h < 24; h++)
            sum += SurfaceWind.DiurnalFactor(h + 0.5, 0.1, 15);
        Assert.Equal(1.0, sum / 24, 12);
        Assert.Equal(1.1, SurfaceWind.DiurnalFactor(15, 0.1, 15), 12);
        Assert.Equal(0.9, SurfaceWind.DiurnalFactor(3, 0.1, 15), 12);
    }

    [Fact]
    public void Weibull_factors_with_shape_two_have_the_Rayleigh_moments()
    {
        // Unit-scale Weibull, k = 2: mean Γ(1.5) = 0.886227, mean square Γ(2) = 1.
        var random = new Xoshiro256StarStar(1);
        double sum = 0, sumSquares = 0;
        const int n = 200_000;
        for (var i = 0; i < n; i++)
        {
            var f = SurfaceWind.WeibullDailyFactor(2, ref random);
            sum += f;
            sumSquares += f * f;
        }
        Assert.InRange(sum / n, 0.882, 0.890);
        Assert.InRange(sumSquares / n, 0.99, 1.01);
    }

    [Property(MaxTest = 300)]
    public bool Capped_scaling_hits_the_target_or_fills_every_cap_and_never_passes_a_cap(byte[] raw, byte targetByte)
    {
        if (raw is null || raw.Length < 2)
            return true;
        var n = raw.Length / 2;
        var values = new double[n];
        var caps = new double[n];
        for (var i = 0; i < n; i++)
        {
            values[i] = raw[2 * i] / 10.0;
            caps[i] = raw[2 * i + 1] / 10.0;
        }
        var original = (double[])values.Clone();
        var capSum = caps.Sum();
        var target = capSum * targetByte / 200.0; // up to 1.275 × the caps
        var reached = CappedScaling.Scale(values, caps, target);
        if (Math.Abs(reached - values.Sum()) > 1e-9 || Math.Abs(reached - Math.Min(target, capSum)) > 1e-9 * (1 + target))
            return false;
        for (var i = 0; i < n; i++)
        {
            if (values[i] < 0 || values[i] > caps[i] + 1e-12)
                return false;
        }
        // values below their cap share one scale factor with the originals
        double? factor = null;
        for (var i = 0; i < n; i++)
        {
            if (values[i] < caps[i] - 1e-12 && original[i] > 0 && original.Sum() > 0)
            {
                var f = values[i] / original[i];
                if (factor is { } g && Math.Abs(f - g) > 1e-9 * g)
                    return false;
                factor ??= f;
            }
        }
        return true;
    }
}
