namespace MineRose.Core.Grid;

/// <summary>Walks a grid's intervals in local time, giving each one's calendar month and clock hour; the calendar is
/// consulted only when the day changes, so a step costs two integer divisions.</summary>
/// <param name="localTicks">Local start of the first interval [ticks].</param>
/// <param name="stepTicks">Grid step [ticks].</param>
internal struct LocalHourCursor(long localTicks, long stepTicks)
{
    private long _ticks = localTicks;
    private long _day = -1;

    /// <summary>Calendar year of the interval last visited.</summary>
    public int Year { get; private set; }

    /// <summary>Calendar month (1–12) of the interval last visited.</summary>
    public int Month { get; private set; }

    /// <summary>Clock hour (0–23) of the interval last visited.</summary>
    public int Hour { get; private set; }

    /// <summary>Moves to the next interval and returns its (month − 1)·24 + hour.</summary>
    public int NextMonthHourIndex()
    {
        long day = _ticks / TimeSpan.TicksPerDay;
        if (day != _day)
        {
            _day = day;
            var date = new DateTime(day * TimeSpan.TicksPerDay);
            Year = date.Year;
            Month = date.Month;
        }

        Hour = (int)((_ticks - day * TimeSpan.TicksPerDay) / TimeSpan.TicksPerHour);
        _ticks += stepTicks;
        return (Month - 1) * 24 + Hour;
    }
}
