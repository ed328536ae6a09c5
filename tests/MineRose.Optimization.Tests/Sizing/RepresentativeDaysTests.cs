using MineRose.Core;
using MineRose.Core.Park;
using MineRose.Core.Time;
using MineRose.Optimization.Sizing;

namespace MineRose.Optimization.Tests.Sizing;

public class RepresentativeDaysTests
{
    private static readonly DateTime Start = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>A series of whole days, each day's 24 hourly values from a shape scaled by the day's level.</summary>
    private static double[] Days(IReadOnlyList<double> levels, Func<int, double> shape)
    {
        var x = new double[levels.Count * 24];
        for (int d = 0; d < levels.Count; d++)
        {
            for (int h = 0; h < 24; h++)
                x[d * 24 + h] = levels[d] * shape(h);
        }

        return x;
    }

    private static double Bell(int h) => h is >= 6 and < 18 ? Math.Sin(Math.PI * (h - 6) / 12) : 0;

    [Fact]
    public void Days_of_constant_levels_0_1_2_10_11_12_cluster_around_the_medians_1_and_11()
    {
        // Worked by hand: with two clusters {0,1,2} and {10,11,12} the distance sum is least at their medians (1 and 11),
        // each cluster's cost |0−1|+|2−1| = 2 in level units; normalising by the range (12) does not move the argmin.
        double[] levels = [10, 0, 11, 2, 12, 1];
        var grid = TimeGrid.Hourly(Start, levels.Length * 24);
        var set = RepresentativeDays.KMedoids(grid, [new ProfileSeries("x", Days(levels, _ => 1))], 2);

        Assert.Equal([1.0, 11.0], set.Days.Select(d => levels[d.DayIndex]).Order());
        Assert.All(set.Days, d => Assert.Equal(3, d.WeightDays));
        // Distance of a day of level a to one of level b: √24·|a − b|/12 (24 equal hours, range 12); four days are 1 away.
        Assert.Equal(4 * Math.Sqrt(24) / 12, set.TotalDistance, 12);
    }

    [Fact]
    public void A_year_of_two_day_types_is_reproduced_exactly_by_two_days_weighted_by_their_counts()
    {
        // 200 sunny days (PV bell of 1000 kW peak, load 300 kW) and 165 overcast days (a tenth of the PV, load 500 kW),
        // interleaved; two medoids must be one of each kind with weights 200 and 165, and every total exact.
        var sunny = Enumerable.Range(0, 365).Select(d => d % 11 < 6).ToArray();
        Assert.Equal(200, sunny.Count(s => s)); // 33 full cycles of 6 + 2 sunny days in the last partial cycle (363, 364)
        var pv = Days(sunny.Select(s => s ? 1000.0 : 100.0).ToArray(), Bell);
        var load = Days(sunny.Select(s => s ? 300.0 : 500.0).ToArray(), _ => 1);
        var grid = TimeGrid.Hourly(Start, 8760);

        var set = RepresentativeDays.KMedoids(grid, [new("pv_ac_kw", pv), new("load_kw", load)], 2);

        Assert.Equal([165.0, 200.0], set.Days.Select(d => d.WeightDays).Order());
        double pvYear = pv.Sum(), loadYear = load.Sum();
        Assert.Equal(pvYear, set.EnergyKwh(pv), 1e-6 * pvYear);
        Assert.Equal(loadYear, set.EnergyKwh(load), 1e-6 * loadYear);
        Assert.Equal(0, set.TotalDistance, 9);
    }

    [Fact]
    public void With_one_day_per_day_of_the_year_every_annual_total_is_exact()
    {
        var ledger = SmallLedger(days: 20);
        var set = RepresentativeDays.FromLedger(ledger, 20);

        Assert.All(set.Days, d => Assert.Equal(1, d.WeightDays));
        Assert.All(RepresentativeDays.ErrorOfAnnualTotals(set, ledger), e => Assert.Equal(0, e.RelativeError, 12));
    }

    [Fact]
    public void The_cost_total_weighs_import_and_export_prices_on_the_residual_load()
    {
        // One day: 10 h of 100 kW PV surplus over a 50 kW load at export 0.3, 14 h of 50 kW load at import 0.6 (written out).
        var ledger = new ParkLedger(TimeGrid.Hourly(Start, 24));
        for (int h = 0; h < 24; h++)
        {
            ledger.OtherLoadKw[h] = 50;
            ledger.PvAcKw[h] = h is >= 7 and < 17 ? 150 : 0;
            ledger.ImportPriceCnyPerKwh[h] = 0.6;
            ledger.ExportPriceCnyPerKwh[h] = 0.3;
        }

        var set = RepresentativeDays.FromLedger(ledger, 1);
        var cost = RepresentativeDays.ErrorOfAnnualTotals(set, ledger).Single(e => e.Name == "net_energy_cost_without_storage_cny");

        Assert.Equal(14 * 50 * 0.6 - 10 * 100 * 0.3, cost.FullYear, 9);
        Assert.Equal(cost.FullYear, cost.Representative, 9);
    }

    [FsCheck.Xunit.Property(MaxTest = 40)]
    public bool Weights_sum_to_the_days_and_each_day_is_represented_by_its_nearest_medoid(byte seed, byte kByte)
    {
        int days = 30;
        var rng = new Random(seed);
        var levels = Enumerable.Range(0, days).Select(_ => rng.NextDouble() * 10).ToArray();
        var prices = Enumerable.Range(0, days).Select(_ => rng.NextDouble()).ToArray();
        var pv = Days(levels, Bell);
        var price = Days(prices, h => 1 + (h % 3));
        int k = 1 + kByte % days;
        var set = RepresentativeDays.KMedoids(TimeGrid.Hourly(Start, days * 24), [new("pv", pv), new("price", price)], k);

        bool weights = Math.Abs(set.Days.Sum(d => d.WeightDays) - days) < 1e-12 && set.Days.Count == k;
        bool medoidsSelf = set.Days.Select((d, c) => set.RepresentativeOfDay[d.DayIndex] == c).All(x => x);
        // Brute-force nearest medoid on the same normalisation (both series scaled by their range).
        double pvMin = pv.Min(), pvRange = pv.Max() - pvMin, prMin = price.Min(), prRange = price.Max() - prMin;
        double Distance(int a, int b)
        {
            double s = 0;
            for (int h = 0; h < 24; h++)
            {
                double dp = (pv[a * 24 + h] - pv[b * 24 + h]) / pvRange, dq = (price[a * 24 + h] - price[b * 24 + h]) / prRange;
                s += dp * dp + dq * dq;
            }

            return Math.Sqrt(s);
        }

        bool nearest = Enumerable.Range(0, days).All(d =>
            Distance(d, set.Days[set.RepresentativeOfDay[d]].DayIndex) <= set.Days.Min(m => Distance(d, m.DayIndex)) + 1e-12);
        double total = Enumerable.Range(0, days).Sum(d => Distance(d, set.Days[set.RepresentativeOfDay[d]].DayIndex));
        return weights && medoidsSelf && nearest && Math.Abs(total - set.TotalDistance) < 1e-9;
    }

    [Fact]
    public void Swap_finds_the_brute_force_optimum_on_a_small_year()
    {
        // PAM is a local search; on a 12-day year its result is checked against every 3-subset of days.
        var rng = new Random(7);
        int days = 12, k = 3;
        var x = Days(Enumerable.Range(0, days).Select(_ => rng.NextDouble()).ToArray(), h => 1 + Math.Sin(h));
        var y = Days(Enumerable.Range(0, days).Select(_ => rng.NextDouble()).ToArray(), Bell);
        var set = RepresentativeDays.KMedoids(TimeGrid.Hourly(Start, days * 24), [new("x", x), new("y", y)], k);

        double best = double.PositiveInfinity;
        for (int a = 0; a < days; a++)
        {
            for (int b = a + 1; b < days; b++)
            {
                for (int c = b + 1; c < days; c++)
                {
                    best = Math.Min(best, Cost(x, y, days, [a, b, c]));
                }
            }
        }

        Assert.Equal(best, set.TotalDistance, 9);
    }

    private static double Cost(double[] x, double[] y, int days, int[] medoids)
    {
        double xMin = x.Min(), xr = x.Max() - xMin, yMin = y.Min(), yr = y.Max() - yMin, total = 0;
        for (int d = 0; d < days; d++)
        {
            double nearest = double.PositiveInfinity;
            foreach (int m in medoids)
            {
                double s = 0;
                for (int h = 0; h < 24; h++)
                {
                    double dx = (x[d * 24 + h] - x[m * 24 + h]) / xr, dy = (y[d * 24 + h] - y[m * 24 + h]) / yr;
                    s += dx * dx + dy * dy;
                }

                nearest = Math.Min(nearest, Math.Sqrt(s));
            }

            total += nearest;
        }

        return total;
    }

    [Fact]
    public void The_peak_day_joins_as_its_own_day_of_weight_one_taken_from_its_cluster()
    {
        // Levels 1, 1, 1, 5.5 (the peak), 5, 5: two medoids (a level-1 day and a level-5 day, the median of 5, 5, 5.5); the
        // peak day (index 3) was represented by the level-5 medoid of weight 3, which keeps 2 once the peak day stands alone.
        double[] levels = [1, 1, 1, 5.5, 5, 5];
        var x = Days(levels, _ => 1);
        var set = RepresentativeDays.WithPeakDay(RepresentativeDays.KMedoids(TimeGrid.Hourly(Start, levels.Length * 24), [new("x", x)], 2), x);

        Assert.Equal(3, set.Days.Count);
        Assert.Equal(6, set.Days.Sum(d => d.WeightDays));
        var peak = set.Days.Single(d => d.DayIndex == 3);
        Assert.Equal(1, peak.WeightDays);
        Assert.Equal(peak, set.Days[set.RepresentativeOfDay[3]]);
        Assert.Equal([3.0, 1.0, 2.0], set.Days.Select(d => d.WeightDays));
        // 24 h × (3 × 1 + 1 × 5.5 + 2 × 5) = 444, the year's sum 24 × (1 + 1 + 1 + 5.5 + 5 + 5): exact here.
        Assert.Equal(x.Sum(), set.WeightedSum(x), 9);
    }

    [Fact]
    public void A_bad_number_of_days_or_a_partial_day_is_refused_with_the_field_named()
    {
        var grid = TimeGrid.Hourly(Start, 48);
        var x = new ProfileSeries("x", new double[48]);
        var ex = Assert.Throws<InvalidInputException>(() => RepresentativeDays.KMedoids(grid, [x], 3));
        Assert.Contains("representative_days", ex.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidInputException>(() => RepresentativeDays.KMedoids(grid, [x], 0));
        var partial = TimeGrid.Hourly(Start, 50);
        Assert.Throws<InvalidInputException>(() => RepresentativeDays.KMedoids(partial, [new ProfileSeries("x", new double[50])], 1));
        Assert.Throws<InvalidInputException>(() => RepresentativeDays.KMedoids(grid, [new ProfileSeries("x", new double[47])], 1));
    }

    private static ParkLedger SmallLedger(int days)
    {
        var ledger = new ParkLedger(TimeGrid.Hourly(Start, days * 24));
        var rng = new Random(3);
        for (int d = 0; d < days; d++)
        {
            double sun = rng.NextDouble(), cold = rng.NextDouble();
            for (int h = 0; h < 24; h++)
            {
                int i = d * 24 + h;
                ledger.PvAcKw[i] = 1000 * sun * Bell(h);
                ledger.OtherLoadKw[i] = 200 + 50 * rng.NextDouble();
                ledger.HeatingDemandKw[i] = 800 * cold * (h < 8 ? 1 : 0.3);
                ledger.ImportPriceCnyPerKwh[i] = h is >= 16 and < 21 ? 0.9 : 0.4;
                ledger.ExportPriceCnyPerKwh[i] = 0.225;
            }
        }

        return ledger;
    }
}
