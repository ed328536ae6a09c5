using MineRose.Core.Time;

namespace MineRose.Reports;

/// <summary>A run of intervals of a time grid, one week long where the grid allows: the window of a typical-week chart.</summary>
/// <param name="StartIndex">First interval of the window.</param>
/// <param name="Count">Number of intervals.</param>
public sealed record WeekWindow(int StartIndex, int Count)
{
    /// <summary>The week centred on a local calendar date of the grid's first local year, moved inside the grid when it
    /// would overrun either end, and shortened to the grid when the grid is shorter than a week.</summary>
    /// <param name="grid">The time axis.</param>
    /// <param name="utcOffsetHours">Offset of local standard time from UTC [h].</param>
    /// <param name="month">Month of the centre day [1–12].</param>
    /// <param name="day">Day of month of the centre day [1–31].</param>
    public static WeekWindow Around(TimeGrid grid, double utcOffsetHours, int month, int day)
    {
        ArgumentNullException.ThrowIfNull(grid);
        int year = LocalCalendar.MidpointLocal(grid, 0, utcOffsetHours).Year;
        // The week runs from local midnight three days before the centre day to local midnight four days after it.
        var startLocal = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified).AddDays(-3);
        var startUtc = DateTime.SpecifyKind(startLocal.AddHours(-utcOffsetHours), DateTimeKind.Utc);
        int length = (int)Math.Clamp(Math.Round(TimeSpan.FromDays(7) / grid.Step), 1, grid.Count);
        long index = (long)Math.Floor((startUtc - grid.StartUtc) / grid.Step);
        int start = (int)Math.Clamp(index, 0, grid.Count - length);
        return new WeekWindow(start, length);
    }
}
