using MineRose.Core.Time;

namespace MineRose.Reports;

/// <summary>Daily mean and maximum of an interval series, per local calendar day.</summary>
/// <remarks>Each interval counts toward the local day of its midpoint. The mean is the plain mean of the day's interval
/// averages (all intervals have the same length); days with no interval do not occur because the grid is regular.</remarks>
/// <param name="Days">Local days covered, in order.</param>
/// <param name="Mean">Daily mean, in the series' unit.</param>
/// <param name="Max">Daily maximum, in the series' unit.</param>
public sealed record DailyStatistics(IReadOnlyList<DateOnly> Days, double[] Mean, double[] Max)
{
    /// <summary>Daily mean and maximum of <paramref name="values"/>.</summary>
    /// <param name="grid">The time axis of the series.</param>
    /// <param name="values">Interval values, one per interval of <paramref name="grid"/>, any unit.</param>
    /// <param name="utcOffsetHours">Offset of local standard time from UTC [h].</param>
    public static DailyStatistics Of(TimeGrid grid, double[] values, double utcOffsetHours)
    {
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != grid.Count)
        {
            throw new Core.InvalidInputException("daily statistics values", values.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"{grid.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)} values, one per interval");
        }

        var first = DateOnly.FromDateTime(LocalCalendar.MidpointLocal(grid, 0, utcOffsetHours));
        var last = DateOnly.FromDateTime(LocalCalendar.MidpointLocal(grid, grid.Count - 1, utcOffsetHours));
        int count = last.DayNumber - first.DayNumber + 1;
        var days = new DateOnly[count];
        var sum = new double[count];
        var max = new double[count];
        var n = new int[count];
        for (int d = 0; d < count; d++)
        {
            days[d] = first.AddDays(d);
            max[d] = double.NegativeInfinity;
        }

        for (int i = 0; i < grid.Count; i++)
        {
            int d = DateOnly.FromDateTime(LocalCalendar.MidpointLocal(grid, i, utcOffsetHours)).DayNumber - first.DayNumber;
            sum[d] += values[i];
            n[d]++;
            if (values[i] > max[d])
                max[d] = values[i];
        }

        for (int d = 0; d < count; d++)
            sum[d] = n[d] > 0 ? sum[d] / n[d] : double.NaN;
        return new DailyStatistics(days, sum, max);
    }
}
