using System.Globalization;
using MineRose.Core.Time;

namespace MineRose.Core.Grid;

/// <summary>A time-of-use schedule: for each month (1–12), which <see cref="TariffPeriod"/> applies in each local clock hour.</summary>
/// <remarks>
/// <para>Built from windows as data (<see cref="TariffPeriodWindow"/>). For each month m and hour h, among the windows
/// that list m and cover h, the one with the fewest hours applies: "where periods overlap, the narrower one
/// applies" [140]. Hours no window covers take <see cref="Otherwise"/> (Flat in the Shandong schedule); without it,
/// an uncovered hour is an error. Two windows of equal length and different periods on the same hour are an
/// error too, which makes the result independent of the order of the windows.</para>
/// <para>Immutable; the 12 × 24 map is built once.</para>
/// </remarks>
public sealed class TimeOfUseSchedule
{
    private readonly TariffPeriod[] _map = new TariffPeriod[12 * 24];
    private readonly TariffPeriodWindow[] _windows;

    /// <summary>A schedule from windows; hours no window covers take <paramref name="otherwise"/>.</summary>
    /// <param name="windows">The windows, in any order.</param>
    /// <param name="otherwise">Period of the hours that no window covers; null requires the windows to cover every hour of every month.</param>
    public TimeOfUseSchedule(IEnumerable<TariffPeriodWindow> windows, TariffPeriod? otherwise)
    {
        ArgumentNullException.ThrowIfNull(windows);
        _windows = [.. windows];
        if (otherwise is { } fallback && !Enum.IsDefined(fallback))
            throw new InvalidInputException("TimeOfUseSchedule.Otherwise", fallback.ToString(), "a tariff period");
        Otherwise = otherwise;
        foreach (var window in _windows)
            ArgumentNullException.ThrowIfNull(window, nameof(windows));

        for (int month = 1; month <= 12; month++)
        {
            for (int hour = 0; hour < 24; hour++)
                _map[Index(month, hour)] = Resolve(month, hour);
        }
    }

    /// <summary>The windows the schedule was built from.</summary>
    public IReadOnlyList<TariffPeriodWindow> Windows => _windows;

    /// <summary>Period of the hours no window covers, or null if the windows cover every hour.</summary>
    public TariffPeriod? Otherwise { get; }

    /// <summary>The period of a clock hour of a month.</summary>
    /// <param name="month">Calendar month, 1–12.</param>
    /// <param name="hour">Local clock hour of the day [h], 0–23.</param>
    /// <returns>The period that applies.</returns>
    public TariffPeriod PeriodAt(int month, int hour)
    {
        if (month is < 1 or > 12)
            throw new InvalidInputException("month", month.ToString(CultureInfo.InvariantCulture), "a month in [1, 12]");
        if (hour is < 0 or > 23)
            throw new InvalidInputException("hour", hour.ToString(CultureInfo.InvariantCulture), "an hour in [0, 23]");
        return _map[Index(month, hour)];
    }

    /// <summary>The 24 periods of a day of a month, indexed by local clock hour.</summary>
    /// <param name="month">Calendar month, 1–12.</param>
    /// <returns>A new array of 24 periods.</returns>
    public TariffPeriod[] DayOf(int month)
    {
        _ = PeriodAt(month, 0);
        return _map.AsSpan(Index(month, 0), 24).ToArray();
    }

    /// <summary>Number of hours a day a period applies in a month [h].</summary>
    /// <param name="month">Calendar month, 1–12.</param>
    /// <param name="period">The period.</param>
    /// <returns>Hours of the day in that period.</returns>
    public int HoursPerDay(int month, TariffPeriod period)
    {
        _ = PeriodAt(month, 0);
        int count = 0;
        foreach (var p in _map.AsSpan(Index(month, 0), 24))
        {
            if (p == period)
                count++;
        }

        return count;
    }

    /// <summary>Labels every interval of a time grid with its period.</summary>
    /// <param name="grid">The time grid; each interval must lie inside one local clock hour (steps that divide an hour, aligned).</param>
    /// <param name="utcOffsetHours">Offset of the tariff's local standard time from UTC [h], +8 in China.</param>
    /// <param name="periods">Filled with the period of each interval; length <see cref="TimeGrid.Count"/>.</param>
    public void FillPeriods(TimeGrid grid, double utcOffsetHours, Span<TariffPeriod> periods)
    {
        var cursor = Cursor(grid, utcOffsetHours, periods.Length, "periods");
        for (int i = 0; i < periods.Length; i++)
            periods[i] = _map[cursor.NextMonthHourIndex()];
    }

    /// <summary>Fills the price of each interval from the price of its period.</summary>
    internal void FillByPeriod(TimeGrid grid, double utcOffsetHours, ReadOnlySpan<double> valueOfPeriod, Span<double> values)
    {
        var cursor = Cursor(grid, utcOffsetHours, values.Length, "energyPriceCnyPerKwh");
        for (int i = 0; i < values.Length; i++)
            values[i] = valueOfPeriod[(int)_map[cursor.NextMonthHourIndex()]];
    }

    private static LocalHourCursor Cursor(TimeGrid grid, double utcOffsetHours, int length, string field)
    {
        ArgumentNullException.ThrowIfNull(grid);
        var offset = LocalClock.Offset(utcOffsetHours);
        if (length != grid.Count)
            throw new InvalidInputException($"{field} length", length.ToString(CultureInfo.InvariantCulture), $"the grid's {grid.Count} intervals");
        LocalClock.RequireWithinClockHours(grid, offset, "a time-of-use schedule");
        return new LocalHourCursor((grid.StartUtc + offset).Ticks, grid.Step.Ticks);
    }

    private static int Index(int month, int hour) => (month - 1) * 24 + hour;

    private TariffPeriod Resolve(int month, int hour)
    {
        TariffPeriodWindow? best = null;
        foreach (var window in _windows)
        {
            if (!window.Covers(hour) || !window.Months.Contains(month))
                continue;
            if (best is null || window.Hours < best.Hours)
            {
                best = window;
            }
            else if (window.Hours == best.Hours && window.Period != best.Period)
            {
                throw new InvalidInputException(
                    "TimeOfUseSchedule.Windows",
                    string.Create(CultureInfo.InvariantCulture, $"month {month} hour {hour}: {best} and {window}"),
                    "overlapping windows of equal length to be of the same period (the narrower one applies)");
            }
        }

        if (best is not null)
            return best.Period;
        return Otherwise ?? throw new InvalidInputException(
            "TimeOfUseSchedule.Windows",
            string.Create(CultureInfo.InvariantCulture, $"month {month} hour {hour} not covered"),
            "every hour of every month covered by a window, or an 'otherwise' period");
    }
}
