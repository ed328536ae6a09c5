using FsCheck.Xunit;
using MineRose.Core;
using MineRose.Core.Time;
using MineRose.Core.Weather;

namespace MineRose.IO.Tests.Weather;

public class WeatherSummaryTests
{
    [Fact]
    public void Summary_weights_a_quarter_hourly_series_by_its_step_and_splits_local_months()
    {
        // Two local days at UTC+8, 31 January and 1 February 2023, every 15 min.
        // GHI 100 W/m² all the time gives 100 W/m² × 24 h = 2.4 kWh/m² per day, one day in each month.
        var site = new Site("test", 36.7, 118.0, 200, 8);
        var start = new DateTime(2023, 1, 31, 0, 0, 0, DateTimeKind.Utc) - TimeSpan.FromHours(8);
        var grid = new TimeGrid(start, TimeSpan.FromMinutes(15), 192);
        var temp = new double[192];
        for (var i = 0; i < 192; i++)
            temp[i] = i < 96 ? (i < 48 ? 0 : 10) : (i < 144 ? -4 : 2); // Jan day: 0 then 10 °C; Feb day: −4 then 2 °C
        var series = new WeatherSeries(site, grid, Fill(192, 100), Fill(192, 50), Fill(192, 30), temp, Fill(192, 3),
            Fill(192, 60), null, "hand-made", 0);
        var summary = WeatherSummary.Of(series);
        Assert.Equal(48, summary.Hours);
        Assert.Equal(4.8, summary.AnnualGhiKwhM2, 12);
        Assert.Equal(24, summary.Months[0].Hours);
        Assert.Equal(2.4, summary.Months[0].GhiKwhM2, 12);
        Assert.Equal(1.2, summary.Months[1].DniKwhM2, 12);
        Assert.Equal(0.72, summary.Months[1].DhiKwhM2, 12);
        Assert.Equal(0, summary.Months[2].Hours);
        Assert.True(double.IsNaN(summary.Months[2].TempMeanC));
        // January: half the day at 0 °C, half at 10 °C → mean 5, min 0, max 10. February: mean −1, min −4, max 2.
        Assert.Equal(5, summary.Months[0].TempMeanC, 12);
        Assert.Equal(0, summary.Months[0].TempDailyMinC);
        Assert.Equal(10, summary.Months[0].TempDailyMaxC);
        Assert.Equal(-1, summary.Months[1].TempMeanC, 12);
        Assert.Equal(-4, summary.Months[1].TempDailyMinC);
        Assert.Equal(2, summary.Months[1].TempDailyMaxC);
        Assert.Equal(2, summary.MeanTempAirC, 12);
        Assert.Equal(60, summary.MeanRelativeHumidityPercent!.Value, 12);
        Assert.Equal(start, summary.FirstTimeUtc);
        Assert.Equal(start.AddMinutes(15 * 191), summary.LastTimeUtc);
    }

    [Fact]
    public void Summary_refuses_a_series_that_still_has_missing_values()
    {
        var series = WeatherTestData.SyntheticYear(Site.Dakuishan);
        series.DhiWm2[42] = double.NaN;
        var error = Assert.Throws<InvalidInputException>(() => WeatherSummary.Of(series));
        Assert.Equal("dhi", error.Field);
        Assert.Contains("42", error.Value, StringComparison.Ordinal);
    }

    [Property(MaxTest = 60)]
    public bool Summary_annual_sums_equal_the_sums_of_the_monthly_sums(int seed, bool quarterHourly, int offsetChoice, int length)
    {
        var random = new Random(seed);
        var step = quarterHourly ? TimeSpan.FromMinutes(15) : TimeSpan.FromHours(1);
        var count = 1 + Math.Abs(length % 40_000);
        var offsetHours = (Math.Abs(offsetChoice % 53) - 24) / 2.0; // −12 … +14 in half hours
        var start = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(random.Next(0, 3 * 8760));
        var site = new Site("random", 0, 0, 0, offsetHours);
        double[] Random(double max)
        {
            var values = new double[count];
            for (var i = 0; i < count; i++)
                values[i] = random.NextDouble() * max;
            return values;
        }
        var series = new WeatherSeries(site, new TimeGrid(start, step, count), Random(1200), Random(1000), Random(500),
            Random(40), Random(20), Random(100), null, "random", 0);
        var summary = WeatherSummary.Of(series);
        static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-9 * (1 + Math.Abs(a));
        return Close(summary.AnnualGhiKwhM2, summary.Months.Sum(m => m.GhiKwhM2))
            && Close(summary.AnnualDniKwhM2, summary.Months.Sum(m => m.DniKwhM2))
            && Close(summary.AnnualDhiKwhM2, summary.Months.Sum(m => m.DhiKwhM2))
            && Close(summary.Hours, summary.Months.Sum(m => m.Hours))
            && Close(summary.MeanTempAirC * summary.Hours, summary.Months.Where(m => m.Hours > 0).Sum(m => m.TempMeanC * m.Hours));
    }

    private static double[] Fill(int count, double value) => Enumerable.Repeat(value, count).ToArray();
}
