using System.Globalization;
using MineRose.Core.Time;

namespace MineRose.Core.Grid;

/// <summary>Local standard time on a UTC time grid: a fixed offset, no daylight saving (China has none).</summary>
internal static class LocalClock
{
    /// <summary>The offset as a duration, after checking it lies in [−12, 14] h.</summary>
    public static TimeSpan Offset(double utcOffsetHours)
    {
        Guard.InRange(utcOffsetHours, -12.0, 14.0, "utcOffsetHours");
        return TimeSpan.FromTicks((long)Math.Round(utcOffsetHours * TimeSpan.TicksPerHour));
    }

    /// <summary>Requires every interval of the grid to lie inside one local clock hour, so one hour of day and one month describe it.</summary>
    public static void RequireWithinClockHours(TimeGrid grid, TimeSpan offset, string purpose)
    {
        long stepTicks = grid.Step.Ticks;
        long localStartTicks = (grid.StartUtc + offset).Ticks;
        if (TimeSpan.TicksPerHour % stepTicks != 0)
            throw new InvalidInputException("time grid step", grid.Step.ToString(), $"a step that divides one hour, for {purpose}");
        if (localStartTicks % stepTicks != 0)
        {
            throw new InvalidInputException(
                "time grid start",
                (grid.StartUtc + offset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " local",
                $"a local start on a multiple of the {grid.Step} step past the hour, for {purpose}");
        }
    }
}
