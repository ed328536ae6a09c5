using MineRose.Core.Time;

namespace MineRose.Reports;

/// <summary>Local standard time of the intervals of a time grid, for grouping by local month and day.</summary>
internal static class LocalCalendar
{
    /// <summary>Local standard time of the midpoint of interval <paramref name="index"/>.</summary>
    /// <param name="grid">The time axis.</param>
    /// <param name="index">Interval index.</param>
    /// <param name="utcOffsetHours">Offset of local standard time from UTC [h].</param>
    public static DateTime MidpointLocal(TimeGrid grid, int index, double utcOffsetHours) =>
        DateTime.SpecifyKind(grid.MidpointOf(index).AddHours(utcOffsetHours), DateTimeKind.Unspecified);

    /// <summary>Local standard time of the start of interval <paramref name="index"/>.</summary>
    /// <param name="grid">The time axis.</param>
    /// <param name="index">Interval index.</param>
    /// <param name="utcOffsetHours">Offset of local standard time from UTC [h].</param>
    public static DateTime StartLocal(TimeGrid grid, int index, double utcOffsetHours) =>
        DateTime.SpecifyKind(grid.StartOf(index).AddHours(utcOffsetHours), DateTimeKind.Unspecified);
}
