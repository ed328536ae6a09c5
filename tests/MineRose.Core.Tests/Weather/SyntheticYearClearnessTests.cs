using FsCheck.Xunit;
using MineRose.Core.Weather;
using Xunit.Abstractions;

namespace MineRose.Core.Tests.Weather;

public class SyntheticYearClearnessTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_row_of_the_Aguiar_matrices_is_a_probability_distribution_to_three_decimals()
    {
        // A Markov transition row sums to 1; the published rows are rounded to three decimals (±0.0005 each).
        for (var c = 0; c < AguiarTransitionMatrices.Classes; c++)
        {
            for (var r = 0; r < AguiarTransitionMatrices.States; r++)
            {
                var row = AguiarTransitionMatrices.Row(c, r);
                var sum = 0.0;
                foreach (var p in row)
                {
                    Assert.InRange(p, 0, 1);
                    sum += p;
                }
                Assert.True(Math.Abs(sum - 1) <= 0.0035, $"class {c} row {r + 1} sums to {sum}");
            }
        }
    }

    [Fact]
    public void The_long_run_mean_of_each_Aguiar_matrix_lies_within_a_hundredth_of_the_centre_of_its_class()
    {
        // Independent check of the transcription: a matrix built from months with K̄t in (a, b] must, run for a long time,
        // give a mean daily Kt near that class. Stationary distribution π by power iteration; mean Σ π_j·(Kmin + (j + ½)w).
        double[] classCentre = [0.275, 0.325, 0.375, 0.425, 0.475, 0.525, 0.575, 0.625, 0.675, 0.725];
        for (var c = 0; c < AguiarTransitionMatrices.Classes; c++)
        {
            var pi = new double[10];
            Array.Fill(pi, 0.1);
            for (var iteration = 0; iteration < 5000; iteration++)
            {
                var next = new double[10];
                for (var i = 0; i < 10; i++)
                {
                    var row = AguiarTransitionMatrices.Row(c, i);
                    var rowSum = 0.0;
                    foreach (var p in row)
                        rowSum += p;
                    for (var j = 0; j < 10; j++)
                        next[j] += pi[i] * row[j] / rowSum;
                }
                pi = next;
            }
            var kMin = AguiarTransitionMatrices.KtMin[c];
            var width = (AguiarTransitionMatrices.KtMax[c] - kMin) / 10;
            var mean = 0.0;
            for (var j = 0; j < 10; j++)
                mean += pi[j] * (kMin + (j + 0.5) * width);
            output.WriteLine($"class {c}: long-run mean Kt {mean:F3} (class centre {classCentre[c]:F3})");
            if (c == 0)
                Assert.InRange(mean, 0.15, 0.30); // the open class K̄t ≤ 0.30
            else
                Assert.InRange(mean, classCentre[c] - 0.01, classCentre[c] + 0.01);
        }
    }

    [Fact]
    public void The_matrix_is_chosen_by_the_class_of_the_monthly_clearness_index()
    {
        // Classes of Aguiar et al.: ≤ 0.30, (0.30, 0.35], …, (0.65, 0.70], > 0.70.
        Assert.Equal(0, AguiarTransitionMatrices.ClassOf(0.10));
        Assert.Equal(0, AguiarTransitionMatrices.ClassOf(0.30));
        Assert.Equal(1, AguiarTransitionMatrices.ClassOf(0.3001));
        Assert.Equal(5, AguiarTransitionMatrices.ClassOf(0.52));
        Assert.Equal(8, AguiarTransitionMatrices.ClassOf(0.70));
        Assert.Equal(9, AguiarTransitionMatrices.ClassOf(0.71));
    }

    [Property(MaxTest = 100)]
    public bool Daily_clearness_indices_stay_within_the_range_of_their_matrix(ulong seed, byte meanByte, byte previousByte)
    {
        var monthlyMean = 0.2 + 0.6 * meanByte / 255.0;
        var previous = previousByte / 255.0;
        var random = new Xoshiro256StarStar(seed);
        Span<double> days = stackalloc double[31];
        DailyClearnessSequence.AguiarMarkov(monthlyMean, previous, days, ref random);
        var c = AguiarTransitionMatrices.ClassOf(monthlyMean);
        foreach (var kt in days)
        {
            if (kt < AguiarTransitionMatrices.KtMin[c] || kt > AguiarTransitionMatrices.KtMax[c])
                return false;
        }
        return true;
    }

    [Theory]
    [InlineData(0.35)]
    [InlineData(0.47)]
    [InlineData(0.55)]
    [InlineData(0.62)]
    public void A_matched_month_has_the_monthly_mean_within_the_tolerance(double monthlyMean)
    {
        var random = new Xoshiro256StarStar(11);
        var days = new double[30];
        var scratch = new double[30];
        var tries = DailyClearnessSequence.MatchedMonth(monthlyMean, monthlyMean, days, scratch, ref random, tolerance: 0.01, maxTries: 1000);
        Assert.InRange(tries, 1, 999);
        Assert.InRange(days.Average(), monthlyMean - 0.01, monthlyMean + 0.01);
    }

    [Fact]
    public void Long_daily_sequences_have_the_mean_of_the_class_and_a_lag_one_autocorrelation_near_three_tenths()
    {
        // Aguiar et al. built the matrices to reproduce observed daily sequences, whose lag-1 autocorrelation is ≈0.3 in
        // many climates (the Jinan TMYx year gives 0.25, see the validation tests). Checked loosely on 30 000 days.
        var random = new Xoshiro256StarStar(3);
        var days = new double[30_000];
        DailyClearnessSequence.AguiarMarkov(0.525, 0.525, days, ref random);
        var mean = days.Average();
        double num = 0, den = 0;
        for (var d = 0; d < days.Length; d++)
        {
            den += (days[d] - mean) * (days[d] - mean);
            if (d > 0)
                num += (days[d] - mean) * (days[d - 1] - mean);
        }
        output.WriteLine($"class (0.50, 0.55]: mean {mean:F3}, lag-1 autocorrelation {num / den:F3}");
        Assert.InRange(mean, 0.50, 0.57);
        Assert.InRange(num / den, 0.15, 0.45);
    }

    [Fact]
    public void The_TAG_mean_profile_matches_its_equations_written_out()
    {
        // Independent evaluation of k_tm = λ + ε·exp(−κ/sin h) for K_t = 0.5, sin h = 0.8:
        // λ = −0.19 + 0.56 + 0.24·e^−4 = 0.374396, ε = 0.32, κ = 0.19 + 0.5675 − 0.31375 = 0.44375,
        // k_tm = 0.374396 + 0.32·e^(−0.5546875) = 0.374396 + 0.32·0.574252 = 0.558156.
        Assert.Equal(0.558156, HourlyClearnessTag.MeanKt(0.5, 0.8), 5);
        // σ = 0.14·e^(−20·0.0225)·e^((3·0.0025 + 16·0.03125)·0.2) = 0.089268·e^0.1015 = 0.098804.
        Assert.Equal(0.098804, HourlyClearnessTag.StandardDeviation(0.5, 0.8), 5);
        // φ₁ = 0.38 + 0.06·cos(3.7 − 2.5) = 0.38 + 0.06·0.362358 = 0.401741.
        Assert.Equal(0.401741, HourlyClearnessTag.Autocorrelation(0.5), 5);
    }

    [Fact]
    public void The_TAG_mean_rises_with_the_sun_and_the_clear_day_spread_shrinks_at_high_sun()
    {
        for (var kt = 0.1; kt <= 0.8; kt += 0.1)
        {
            Assert.True(HourlyClearnessTag.MeanKt(kt, 0.9) > HourlyClearnessTag.MeanKt(kt, 0.2));
            Assert.True(HourlyClearnessTag.StandardDeviation(kt, 0.9) <= HourlyClearnessTag.StandardDeviation(kt, 0.2));
        }
        // A clear day (K_t = 0.75) varies far less at noon than an intermediate one (K_t = 0.4).
        Assert.True(HourlyClearnessTag.StandardDeviation(0.75, 0.9) < 0.5 * HourlyClearnessTag.StandardDeviation(0.4, 0.9));
    }

    [Property(MaxTest = 200)]
    public bool TAG_hourly_values_are_zero_at_night_and_within_zero_and_the_bound_by_day(ulong seed, byte ktByte, byte capByte)
    {
        var dailyKt = ktByte / 255.0;
        var cap = 0.3 + 0.6 * capByte / 255.0;
        Span<double> sin = stackalloc double[24];
        Span<double> bound = stackalloc double[24];
        Span<double> kt = stackalloc double[24];
        for (var h = 0; h < 24; h++)
        {
            sin[h] = Math.Sin(Math.PI * (h + 0.5 - 6) / 12) * 0.9;
            bound[h] = cap;
        }
        var random = new Xoshiro256StarStar(seed);
        HourlyClearnessTag.Day(dailyKt, sin, bound, kt, ref random);
        for (var h = 0; h < 24; h++)
        {
            if (sin[h] <= 0 ? kt[h] != 0 : kt[h] < 0 || kt[h] > cap)
                return false;
        }
        return true;
    }

    [Fact]
    public void TAG_days_average_near_their_daily_clearness_index()
    {
        // The TAG mean profile is built so that a day's hours average to its K_t; over many days the generated mean
        // (weighted by extraterrestrial irradiance ∝ sin h) is within a few hundredths of K_t.
        Span<double> sin = stackalloc double[24];
        Span<double> bound = stackalloc double[24];
        Span<double> kt = stackalloc double[24];
        for (var h = 0; h < 24; h++)
        {
            sin[h] = Math.Max(0, Math.Sin(Math.PI * (h + 0.5 - 5) / 14) * 0.95);
            bound[h] = 1;
        }
        foreach (var dailyKt in new[] { 0.3, 0.5, 0.7 })
        {
            var random = new Xoshiro256StarStar(5);
            double weighted = 0, weight = 0;
            for (var day = 0; day < 2000; day++)
            {
                HourlyClearnessTag.Day(dailyKt, sin, bound, kt, ref random);
                for (var h = 0; h < 24; h++)
                {
                    weighted += kt[h] * sin[h];
                    weight += sin[h];
                }
            }
            output.WriteLine($"K_t {dailyKt}: mean hourly k_t weighted by sin h = {weighted / weight:F3}");
            Assert.InRange(weighted / weight, dailyKt - 0.05, dailyKt + 0.05);
        }
    }
}
