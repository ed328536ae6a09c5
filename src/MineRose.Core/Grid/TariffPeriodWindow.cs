using System.Globalization;

namespace MineRose.Core.Grid;

/// <summary>One line of a time-of-use schedule as data: a period applies from a start hour to an end hour of the local day in the listed months.</summary>
/// <remarks>
/// Hours are local standard clock hours: the window covers [<see cref="StartHour"/>, <see cref="EndHour"/>). A window
/// with <see cref="EndHour"/> ≤ <see cref="StartHour"/> wraps past midnight (22 → 6 covers 22:00–06:00); 0 → 24 is
/// the whole day. Where windows overlap, the narrower one applies (<see cref="TimeOfUseSchedule"/>).
/// </remarks>
public sealed record TariffPeriodWindow
{
    private readonly int[] _months = [];

    /// <summary>A window of a period over some months.</summary>
    /// <param name="period">The period that applies in the window.</param>
    /// <param name="startHour">First hour of the window [h], 0–23 local standard time.</param>
    /// <param name="endHour">Hour at which the window ends, exclusive [h], 1–24; at or before <paramref name="startHour"/> the window wraps past midnight.</param>
    /// <param name="months">Calendar months (1–12) in which the window applies; each at most once, at least one.</param>
    public TariffPeriodWindow(TariffPeriod period, int startHour, int endHour, IEnumerable<int> months)
    {
        ArgumentNullException.ThrowIfNull(months);
        if (!Enum.IsDefined(period))
            throw new InvalidInputException("TariffPeriodWindow.Period", period.ToString(), "a tariff period");
        if (startHour is < 0 or > 23)
            throw new InvalidInputException("TariffPeriodWindow.StartHour", startHour.ToString(CultureInfo.InvariantCulture), "an hour in [0, 23]");
        if (endHour is < 1 or > 24)
            throw new InvalidInputException("TariffPeriodWindow.EndHour", endHour.ToString(CultureInfo.InvariantCulture), "an hour in [1, 24]");
        int[] list = [.. months];
        if (list.Length == 0)
            throw new InvalidInputException("TariffPeriodWindow.Months", "(none)", "at least one month in [1, 12]");
        foreach (int month in list)
        {
            if (month is < 1 or > 12)
                throw new InvalidInputException("TariffPeriodWindow.Months", month.ToString(CultureInfo.InvariantCulture), "months in [1, 12]");
        }

        if (list.Distinct().Count() != list.Length)
            throw new InvalidInputException("TariffPeriodWindow.Months", string.Join(",", list), "each month at most once");
        Period = period;
        StartHour = startHour;
        EndHour = endHour;
        _months = list;
    }

    /// <summary>Every month of the year, 1–12.</summary>
    public static IReadOnlyList<int> AllMonths { get; } = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

    /// <summary>The period that applies in the window.</summary>
    public TariffPeriod Period { get; }

    /// <summary>First hour of the window, local standard time [h].</summary>
    public int StartHour { get; }

    /// <summary>Hour at which the window ends, exclusive, local standard time [h].</summary>
    public int EndHour { get; }

    /// <summary>Calendar months (1–12) in which the window applies.</summary>
    public IReadOnlyList<int> Months => _months;

    /// <summary>Length of the window, the measure of "narrower" [h].</summary>
    public int Hours => EndHour > StartHour ? EndHour - StartHour : EndHour + 24 - StartHour;

    /// <summary>Whether the window covers a clock hour of the day.</summary>
    /// <param name="hour">Clock hour of the day [h], 0–23.</param>
    /// <returns>True if the hour starting at <paramref name="hour"/> is inside the window.</returns>
    public bool Covers(int hour) => ((hour - StartHour + 24) % 24) < Hours;

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Period} {StartHour}–{EndHour} h in months {string.Join(",", _months)}");
}
