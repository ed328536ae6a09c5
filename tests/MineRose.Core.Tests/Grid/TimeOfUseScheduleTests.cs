using MineRose.Core.Grid;
using MineRose.Core.Time;
using static MineRose.Core.Grid.TariffPeriod;

namespace MineRose.Core.Tests.Grid;

public class TimeOfUseScheduleTests
{
    private static readonly TimeOfUseSchedule Shandong = ShandongTimeOfUse.Schedule2025;

    // China Standard Time is UTC+8: local midnight of a date is 16:00 UTC the day before.
    private static TimeGrid LocalDay(int year, int month, int day, int days = 1) =>
        TimeGrid.Hourly(new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Utc).AddHours(-8), 24 * days);

    [Fact]
    public void Every_hour_of_every_month_of_the_Shandong_schedule_has_exactly_one_period()
    {
        for (int month = 1; month <= 12; month++)
        {
            var day = Shandong.DayOf(month);
            Assert.Equal(24, day.Length);
            Assert.All(day, p => Assert.True(Enum.IsDefined(p)));
            int total = Enum.GetValues<TariffPeriod>().Sum(p => Shandong.HoursPerDay(month, p));
            Assert.Equal(24, total);
        }
    }

    [Theory]
    // Hours per day by period, counted by hand from FACTS' windows [140]: critical 16–19, peak 7–9 and 16–21,
    // valley 2–6 and 10–15, deep valley 11–14, flat otherwise; narrower wins. Months per the preset's choice.
    [InlineData(4, 0, 7, 8, 6, 3)]   // spring: deep valley, no critical peak
    [InlineData(10, 0, 7, 8, 6, 3)]  // autumn: deep valley, no critical peak
    [InlineData(7, 3, 4, 8, 9, 0)]   // summer peak month: critical peak, no deep valley
    [InlineData(12, 3, 4, 8, 9, 0)]  // winter peak month
    [InlineData(2, 0, 7, 8, 9, 0)]   // neither
    [InlineData(6, 0, 7, 8, 9, 0)]
    public void Hours_per_period_in_a_month_match_a_count_by_hand(int month, int critical, int peak, int flat, int valley, int deep)
    {
        Assert.Equal(critical, Shandong.HoursPerDay(month, CriticalPeak));
        Assert.Equal(peak, Shandong.HoursPerDay(month, Peak));
        Assert.Equal(flat, Shandong.HoursPerDay(month, Flat));
        Assert.Equal(valley, Shandong.HoursPerDay(month, Valley));
        Assert.Equal(deep, Shandong.HoursPerDay(month, DeepValley));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(9)]
    [InlineData(10)]
    [InlineData(11)]
    public void The_deep_valley_11_to_14_wins_over_the_valley_10_to_15_in_spring_and_autumn(int month)
    {
        Assert.Equal(Valley, Shandong.PeriodAt(month, 10));
        Assert.Equal(DeepValley, Shandong.PeriodAt(month, 11));
        Assert.Equal(DeepValley, Shandong.PeriodAt(month, 12));
        Assert.Equal(DeepValley, Shandong.PeriodAt(month, 13));
        Assert.Equal(Valley, Shandong.PeriodAt(month, 14));
        Assert.Equal(Flat, Shandong.PeriodAt(month, 15));
    }

    [Fact]
    public void Outside_spring_and_autumn_midday_is_plain_valley()
    {
        foreach (int month in new[] { 1, 2, 6, 7, 8, 12 })
        {
            for (int hour = 10; hour < 15; hour++)
                Assert.Equal(Valley, Shandong.PeriodAt(month, hour));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(12)]
    public void The_critical_peak_16_to_19_sits_inside_the_peak_16_to_21(int month)
    {
        Assert.Equal(Flat, Shandong.PeriodAt(month, 15));
        Assert.Equal(CriticalPeak, Shandong.PeriodAt(month, 16));
        Assert.Equal(CriticalPeak, Shandong.PeriodAt(month, 17));
        Assert.Equal(CriticalPeak, Shandong.PeriodAt(month, 18));
        Assert.Equal(Peak, Shandong.PeriodAt(month, 19));
        Assert.Equal(Peak, Shandong.PeriodAt(month, 20));
        Assert.Equal(Flat, Shandong.PeriodAt(month, 21));
    }

    [Fact]
    public void A_spring_day_price_profile_matches_one_written_out_by_hand()
    {
        // Flat energy price 0.50 CNY/kWh, one surcharge of 0.10 not scaled [140]. By hand, April 2025 (local hours):
        // F 0.50+0.10 = 0.60, V 0.15+0.10 = 0.25, D 0.05+0.10 = 0.15, P 0.85+0.10 = 0.95.
        double[] expected =
        [
            0.60, 0.60, 0.25, 0.25, 0.25, 0.25, 0.60, 0.95, // 0–7 h: flat, flat, valley ×4, flat, peak
            0.95, 0.60, 0.25, 0.15, 0.15, 0.15, 0.25, 0.60, // 8–15 h: peak, flat, valley, deep ×3, valley, flat
            0.95, 0.95, 0.95, 0.95, 0.95, 0.60, 0.60, 0.60, // 16–23 h: peak ×5, flat ×3
        ];
        var tariff = ShandongTimeOfUse.Tariff2025(0.50, [new Surcharge("T&D", 0.10)]);
        var prices = new double[24];
        tariff.FillImportPrices(LocalDay(2025, 4, 10), ShandongTimeOfUse.UtcOffsetHours, prices);
        for (int h = 0; h < 24; h++)
            Assert.Equal(expected[h], prices[h], 12);
    }

    [Fact]
    public void A_summer_day_price_profile_matches_one_written_out_by_hand()
    {
        // July 2025, flat energy 0.40, surcharge 0.20: F 0.60, V 0.12+0.20 = 0.32, P 0.68+0.20 = 0.88, CP 0.80+0.20 = 1.00.
        double[] expected =
        [
            0.60, 0.60, 0.32, 0.32, 0.32, 0.32, 0.60, 0.88,
            0.88, 0.60, 0.32, 0.32, 0.32, 0.32, 0.32, 0.60,
            1.00, 1.00, 1.00, 0.88, 0.88, 0.60, 0.60, 0.60,
        ];
        var tariff = ShandongTimeOfUse.Tariff2025(0.40, [new Surcharge("T&D", 0.20)]);
        var prices = new double[24];
        tariff.FillImportPrices(LocalDay(2025, 7, 15), ShandongTimeOfUse.UtcOffsetHours, prices);
        for (int h = 0; h < 24; h++)
            Assert.Equal(expected[h], prices[h], 12);
    }

    [Fact]
    public void Periods_follow_local_time_not_UTC()
    {
        // 00:00 UTC on 10 April is 08:00 in China: a peak hour; 03:00 UTC is 11:00, deep valley.
        var grid = TimeGrid.Hourly(new DateTime(2025, 4, 10, 0, 0, 0, DateTimeKind.Utc), 4);
        var periods = new TariffPeriod[4];
        Shandong.FillPeriods(grid, 8.0, periods);
        Assert.Equal([Peak, Flat, Valley, DeepValley], periods);
    }

    [Fact]
    public void A_quarter_hour_grid_gives_each_quarter_its_clock_hour_period()
    {
        var grid = new TimeGrid(new DateTime(2025, 4, 10, 2, 0, 0, DateTimeKind.Utc), TimeSpan.FromMinutes(15), 12);
        var periods = new TariffPeriod[12];
        Shandong.FillPeriods(grid, 8.0, periods);
        // Local 10:00–13:00: four quarters of valley, then eight of deep valley.
        Assert.Equal([Valley, Valley, Valley, Valley, DeepValley, DeepValley, DeepValley, DeepValley, DeepValley, DeepValley, DeepValley, DeepValley], periods);
    }

    [Fact]
    public void The_month_changes_at_local_midnight()
    {
        // The grid starts 31 Aug 00:00 UTC = 08:00 local; 31 Aug 16:00 UTC (index 16) is 1 Sep 00:00 local.
        // August has the critical peak, September the deep valley.
        var grid = TimeGrid.Hourly(new DateTime(2025, 8, 31, 0, 0, 0, DateTimeKind.Utc), 48);
        var periods = new TariffPeriod[48];
        Shandong.FillPeriods(grid, 8.0, periods);
        Assert.Equal(CriticalPeak, periods[9]);   // 31 Aug 17:00 local
        Assert.Equal(Valley, periods[4]);         // 31 Aug 12:00 local: no deep valley in August
        Assert.Equal(DeepValley, periods[28]);    // 1 Sep 12:00 local
        Assert.Equal(Flat, periods[16]);          // 1 Sep 00:00 local
    }

    [Theory]
    [InlineData(8.0, 60)]
    [InlineData(8.0, 15)]
    [InlineData(-5.0, 30)]
    [InlineData(5.5, 30)]
    public void Periods_of_a_leap_year_grid_match_a_lookup_by_calendar_date(double offsetHours, int stepMinutes)
    {
        // Independent check of the fast local-time walk: DateTime's own month and hour for every interval of 2024.
        var step = TimeSpan.FromMinutes(stepMinutes);
        var start = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(-offsetHours);
        var grid = new TimeGrid(start, step, (int)(TimeSpan.FromDays(366) / step));
        var periods = new TariffPeriod[grid.Count];
        Shandong.FillPeriods(grid, offsetHours, periods);
        for (int i = 0; i < grid.Count; i++)
        {
            var local = grid.StartOf(i).AddHours(offsetHours);
            Assert.Equal(Shandong.PeriodAt(local.Month, local.Hour), periods[i]);
        }
    }

    [Fact]
    public void Intervals_that_straddle_a_local_clock_hour_are_refused()
    {
        var grid = TimeGrid.Hourly(new DateTime(2025, 4, 10, 0, 0, 0, DateTimeKind.Utc), 24);
        var periods = new TariffPeriod[24];
        var ex = Assert.Throws<InvalidInputException>(() => Shandong.FillPeriods(grid, 5.75, periods));
        Assert.Equal("time grid start", ex.Field);
        var twoHourly = new TimeGrid(new DateTime(2025, 4, 10, 0, 0, 0, DateTimeKind.Utc), TimeSpan.FromHours(2), 12);
        ex = Assert.Throws<InvalidInputException>(() => Shandong.FillPeriods(twoHourly, 8.0, new TariffPeriod[12]));
        Assert.Equal("time grid step", ex.Field);
    }

    [Fact]
    public void An_hour_no_window_covers_is_an_error_without_an_otherwise_period()
    {
        var ex = Assert.Throws<InvalidInputException>(() =>
            new TimeOfUseSchedule([new TariffPeriodWindow(Peak, 8, 22, TariffPeriodWindow.AllMonths)], otherwise: null));
        Assert.Equal("TimeOfUseSchedule.Windows", ex.Field);
        Assert.Contains("month 1 hour 0", ex.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_windows_of_equal_width_and_different_periods_on_one_hour_are_an_error()
    {
        var ex = Assert.Throws<InvalidInputException>(() => new TimeOfUseSchedule(
            [new TariffPeriodWindow(Peak, 8, 10, [5]), new TariffPeriodWindow(Valley, 9, 11, [5])], Flat));
        Assert.Contains("month 5 hour 9", ex.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_window_past_midnight_covers_the_late_and_the_early_hours()
    {
        var night = new TariffPeriodWindow(Valley, 22, 6, TariffPeriodWindow.AllMonths);
        Assert.Equal(8, night.Hours);
        var schedule = new TimeOfUseSchedule([night], Flat);
        int[] valleyHours = [.. Enumerable.Range(0, 24).Where(h => schedule.PeriodAt(6, h) == Valley)];
        Assert.Equal([0, 1, 2, 3, 4, 5, 22, 23], valleyHours);
    }

    [Fact]
    public void A_whole_day_window_covers_every_hour()
    {
        var schedule = new TimeOfUseSchedule([new TariffPeriodWindow(Flat, 0, 24, TariffPeriodWindow.AllMonths)], null);
        Assert.Equal(24, schedule.HoursPerDay(3, Flat));
    }

    [Theory]
    [InlineData(24, 5, new[] { 1 }, "TariffPeriodWindow.StartHour")]
    [InlineData(-1, 5, new[] { 1 }, "TariffPeriodWindow.StartHour")]
    [InlineData(3, 0, new[] { 1 }, "TariffPeriodWindow.EndHour")]
    [InlineData(3, 25, new[] { 1 }, "TariffPeriodWindow.EndHour")]
    [InlineData(3, 5, new[] { 13 }, "TariffPeriodWindow.Months")]
    [InlineData(3, 5, new int[0], "TariffPeriodWindow.Months")]
    [InlineData(3, 5, new[] { 4, 4 }, "TariffPeriodWindow.Months")]
    public void A_bad_window_is_refused_naming_its_field(int start, int end, int[] months, string field)
    {
        var ex = Assert.Throws<InvalidInputException>(() => new TariffPeriodWindow(Peak, start, end, months));
        Assert.Equal(field, ex.Field);
    }
}
