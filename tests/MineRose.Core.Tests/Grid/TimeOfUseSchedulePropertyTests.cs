using FsCheck.Xunit;
using MineRose.Core.Grid;

namespace MineRose.Core.Tests.Grid;

public class TimeOfUseSchedulePropertyTests
{
    [Property(MaxTest = 300)]
    public bool The_overlap_rule_does_not_depend_on_the_order_of_the_windows(int[] raw, int seed)
    {
        // Up to 8 random windows: period, start, end and a month mask drawn from the integers.
        var windows = (raw ?? []).Take(8).Select(Window).ToArray();
        var shuffled = windows.OrderBy(_ => 0).ToArray();
        new Random(seed).Shuffle(shuffled);
        var (a, errorA) = Build(windows);
        var (b, errorB) = Build(shuffled);
        if (errorA is not null || errorB is not null)
            return errorA is not null && errorB is not null;
        for (int month = 1; month <= 12; month++)
        {
            for (int hour = 0; hour < 24; hour++)
            {
                if (a!.PeriodAt(month, hour) != b!.PeriodAt(month, hour))
                    return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 100)]
    public bool The_Shandong_windows_give_the_same_schedule_in_any_order(int seed)
    {
        var windows = ShandongTimeOfUse.Windows2025.ToArray();
        new Random(seed).Shuffle(windows);
        var schedule = new TimeOfUseSchedule(windows, TariffPeriod.Flat);
        for (int month = 1; month <= 12; month++)
        {
            if (!schedule.DayOf(month).SequenceEqual(ShandongTimeOfUse.Schedule2025.DayOf(month)))
                return false;
        }

        return true;
    }

    [Property(MaxTest = 300)]
    public bool The_period_of_an_hour_is_that_of_the_narrowest_window_covering_it(int[] raw)
    {
        var windows = (raw ?? []).Take(8).Select(Window).ToArray();
        var (schedule, error) = Build(windows);
        if (schedule is null)
            return error is InvalidInputException;
        for (int month = 1; month <= 12; month++)
        {
            for (int hour = 0; hour < 24; hour++)
            {
                var covering = windows.Where(w => w.Months.Contains(month) && w.Covers(hour)).ToArray();
                var expected = covering.Length == 0 ? TariffPeriod.Flat : covering.MinBy(w => w.Hours)!.Period;
                if (schedule.PeriodAt(month, hour) != expected)
                    return false;
            }
        }

        return true;
    }

    private static TariffPeriodWindow Window(int r)
    {
        uint u = unchecked((uint)r);
        var period = (TariffPeriod)(u % 5);
        int start = (int)(u / 5 % 24);
        int end = 1 + (int)(u / 120 % 24);
        uint mask = u / 2880 % 4096;
        int[] months = [.. Enumerable.Range(1, 12).Where(m => (mask & (1u << (m - 1))) != 0)];
        return new TariffPeriodWindow(period, start, end, months.Length == 0 ? [1 + (int)(u % 12)] : months);
    }

    private static (TimeOfUseSchedule? Schedule, Exception? Error) Build(TariffPeriodWindow[] windows)
    {
        try
        {
            return (new TimeOfUseSchedule(windows, TariffPeriod.Flat), null);
        }
        catch (InvalidInputException ex)
        {
            return (null, ex);
        }
    }
}
