namespace MineRose.Core.Time;

/// <summary>A regular time axis: a UTC start, a fixed step and a count of intervals.</summary>
/// <remarks>
/// Interval <c>i</c> covers [<see cref="StartUtc"/> + i·<see cref="Step"/>, StartUtc + (i+1)·Step).
/// Every series on the grid holds interval averages (irradiance, power) or interval totals where its
/// name says so; the sun position for an interval is evaluated at its midpoint.
/// </remarks>
public sealed record TimeGrid
{
    /// <summary>A grid of <paramref name="count"/> intervals of <paramref name="step"/> from <paramref name="startUtc"/>.</summary>
    public TimeGrid(DateTime startUtc, TimeSpan step, int count)
    {
        if (startUtc.Kind != DateTimeKind.Utc)
            throw new InvalidInputException("time grid start", startUtc.ToString("O"), "a UTC time");
        if (step <= TimeSpan.Zero)
            throw new InvalidInputException("time grid step", step.ToString(), "a positive duration");
        if (count <= 0)
            throw new InvalidInputException("time grid count", count.ToString(System.Globalization.CultureInfo.InvariantCulture), "a positive number of intervals");
        StartUtc = startUtc;
        Step = step;
        Count = count;
    }

    /// <summary>Start of the first interval [UTC].</summary>
    public DateTime StartUtc { get; }

    /// <summary>Length of each interval.</summary>
    public TimeSpan Step { get; }

    /// <summary>Number of intervals.</summary>
    public int Count { get; }

    /// <summary>Length of each interval [h].</summary>
    public double StepHours => Step.TotalHours;

    /// <summary>End of the last interval [UTC].</summary>
    public DateTime EndUtc => StartUtc + Step * Count;

    /// <summary>An hourly grid of <paramref name="hours"/> intervals from <paramref name="startUtc"/>.</summary>
    public static TimeGrid Hourly(DateTime startUtc, int hours) => new(startUtc, TimeSpan.FromHours(1), hours);

    /// <summary>Start of interval <paramref name="index"/> [UTC].</summary>
    public DateTime StartOf(int index) => StartUtc + Step * index;

    /// <summary>Midpoint of interval <paramref name="index"/> [UTC], where the sun position of the interval is evaluated.</summary>
    public DateTime MidpointOf(int index) => StartUtc + Step * index + Step / 2;
}
