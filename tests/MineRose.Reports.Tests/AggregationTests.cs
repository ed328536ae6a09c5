using FsCheck;
using FsCheck.Fluent;
using MineRose.Core.Park;
using MineRose.Core.Time;

namespace MineRose.Reports.Tests;

public sealed class AggregationTests
{
    [Fact]
    public void Monthly_energy_splits_a_day_at_local_not_utc_midnight()
    {
        // 24 h from 2025-01-31 12:00 local (04:00 UTC) at UTC+8, PV at a constant 1000 kW:
        // 12 h fall in local January and 12 h in local February → 12 MWh each (by UTC it would be 20 and 4).
        var ledger = new ParkLedger(TimeGrid.Hourly(new DateTime(2025, 1, 31, 4, 0, 0, DateTimeKind.Utc), 24));
        Array.Fill(ledger.PvAcKw, 1000.0);
        Array.Fill(ledger.OtherLoadKw, 250.0);
        Array.Fill(ledger.BatteryChargeKw, 100.0);
        Array.Fill(ledger.PumpedHydroPumpKw, 50.0);
        var monthly = MonthlyEnergy.Of(ledger, 8);
        Assert.Equal([new DateOnly(2025, 1, 1), new DateOnly(2025, 2, 1)], monthly.Months);
        Assert.Equal([12.0, 12.0], monthly.PvAcMwh);
        Assert.Equal([3.0, 3.0], monthly.LoadMwh); // 250 kW × 12 h
        Assert.Equal([1.8, 1.8], monthly.StorageChargeMwh.Select(v => Math.Round(v, 12))); // (100 + 50) kW × 12 h
    }

    [FsCheck.Xunit.Property(MaxTest = 50)]
    public Property Monthly_energy_sums_to_the_ledger_total(PositiveInt hours, NonNegativeInt startHour)
    {
        int n = 1 + hours.Get % 3000;
        var ledger = new ParkLedger(TimeGrid.Hourly(new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(startHour.Get % 9000), n));
        for (int i = 0; i < n; i++)
            ledger.GridImportKw[i] = (i * 37) % 101;
        var monthly = MonthlyEnergy.Of(ledger, 8);
        double expected = ledger.EnergyKwh(ledger.GridImportKw) / 1000;
        return (Math.Abs(monthly.GridImportMwh.Sum() - expected) <= 1e-9 * (1 + expected)).ToProperty();
    }

    [Fact]
    public void Daily_statistics_of_an_hour_counter_give_the_arithmetic_mean_and_max()
    {
        // Values 0..47 over two local days: day 1 mean (0+…+23)/24 = 11.5, max 23; day 2 mean 35.5, max 47.
        var grid = TimeGrid.Hourly(HandBuiltPark.StartUtc, 48);
        var values = Enumerable.Range(0, 48).Select(i => (double)i).ToArray();
        var daily = DailyStatistics.Of(grid, values, 8);
        Assert.Equal([new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 2)], daily.Days);
        Assert.Equal([11.5, 35.5], daily.Mean);
        Assert.Equal([23.0, 47.0], daily.Max);
    }

    [Fact]
    public void Winter_week_of_a_full_year_is_centred_on_15_january_local()
    {
        // Local midnight of 12 January is 11 days × 24 h after local midnight of 1 January.
        var grid = TimeGrid.Hourly(HandBuiltPark.StartUtc, 8760);
        Assert.Equal(new WeekWindow(11 * 24, 168), WeekWindow.Around(grid, 8, 1, 15));
        // 12 July local midnight: day of year 193 (Jan 31 + Feb 28 + Mar 31 + Apr 30 + May 31 + Jun 30 + 12) → (193 − 1) × 24.
        Assert.Equal(new WeekWindow(192 * 24, 168), WeekWindow.Around(grid, 8, 7, 15));
    }

    [Fact]
    public void Week_outside_a_short_grid_is_moved_inside_it()
    {
        var grid = TimeGrid.Hourly(HandBuiltPark.StartUtc, 14 * 24);
        Assert.Equal(new WeekWindow(7 * 24, 168), WeekWindow.Around(grid, 8, 7, 15));
        Assert.Equal(new WeekWindow(0, 48), WeekWindow.Around(TimeGrid.Hourly(HandBuiltPark.StartUtc, 48), 8, 7, 15));
    }

    [Theory]
    [InlineData(1234567.89, "1,234,568")]
    [InlineData(-2500.4, "-2,500")]
    [InlineData(12.3456, "12.35")]
    [InlineData(0.083412, "0.08341")]
    [InlineData(999.96, "1000")]
    [InlineData(0.0, "0")]
    [InlineData(double.NaN, "n/a")]
    public void Numbers_are_printed_with_four_significant_digits_or_whole_from_a_thousand(double value, string expected) =>
        Assert.Equal(expected, NumberText.Sensible(value));
}
