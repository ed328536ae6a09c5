using MineRose.Core;
using MineRose.Core.Park;

namespace MineRose.Optimization.Dispatch;

/// <summary>What the lighting family reads: the rule-based year's lighting power, the hours of each local day's photoperiod
/// window in which the lamps may burn, and the installed lamp power.</summary>
/// <remarks>The photoperiod of an interval is the lamps' switching window [<c>OnHourLocal</c>, <c>OnHourLocal</c> + <c>PhotoperiodH</c>)
/// of <c>SupplementaryLighting</c> [94] in local standard time; the sunlight switch-off and the daily-light-integral rule are not
/// repeated here: the daily lamp energy of the rule-based year already carries them, and it is kept day by day.</remarks>
public sealed record LightingShiftSeries
{
    /// <summary>Lighting power of the rule-based year B_t per interval [kW].</summary>
    public required double[] BaselineKw { get; init; }

    /// <summary>Whether interval t lies in its day's photoperiod window.</summary>
    public required bool[] InPhotoperiod { get; init; }

    /// <summary>Local day number of interval t (days since 0001-01-01 in local standard time) [—].</summary>
    public required int[] LocalDay { get; init; }

    /// <summary>Installed lamp power P̄_L [kW].</summary>
    public required double InstalledKw { get; init; }

    /// <summary>Number of intervals [—].</summary>
    public int Count => BaselineKw.Length;

    /// <summary>Checks lengths and values against <paramref name="count"/> intervals and returns the series, or throws naming the bad field.</summary>
    /// <param name="count">Intervals of the dispatch grid [—].</param>
    public LightingShiftSeries Validated(int count)
    {
        if (BaselineKw.Length != count || InPhotoperiod.Length != count || LocalDay.Length != count)
            throw new InvalidInputException("lighting series length", $"{BaselineKw.Length}, {InPhotoperiod.Length}, {LocalDay.Length}", $"{count} values, one per interval");
        Guard.NonNegative(InstalledKw, "lighting_installed_kw");
        foreach (var b in BaselineKw)
            Guard.InRange(b, 0, InstalledKw * (1 + 1e-9) + 1e-9, "lighting_baseline_kw");
        return this;
    }

    /// <summary>The lighting of a simulated year, or null when its greenhouses have no lamps.</summary>
    /// <param name="baseline">The rule-based year.</param>
    public static LightingShiftSeries? FromBaseline(ParkYear baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        if (baseline.Design.Greenhouses?.House is not { Lighting: { } lamps } house)
            return null;
        var grid = baseline.Ledger.Grid;
        int n = grid.Count;
        var inWindow = new bool[n];
        var day = new int[n];
        double offsetH = baseline.Design.Site.UtcOffsetHours;
        for (int i = 0; i < n; i++)
        {
            var local = grid.StartOf(i).AddHours(offsetH);
            double sinceOn = local.TimeOfDay.TotalHours - lamps.OnHourLocal;
            if (sinceOn < 0)
                sinceOn += 24;
            inWindow[i] = sinceOn < lamps.PhotoperiodH;
            day[i] = (int)(local.Ticks / TimeSpan.TicksPerDay);
        }
        return new LightingShiftSeries
        {
            BaselineKw = (double[])baseline.Ledger.LightingKw.Clone(),
            InPhotoperiod = inWindow,
            LocalDay = day,
            InstalledKw = lamps.ElectricPowerWm2 * house.FloorAreaM2 / 1000,
        };
    }

    /// <summary>The intervals [start, start + count).</summary>
    /// <param name="start">First interval.</param>
    /// <param name="count">Number of intervals.</param>
    public LightingShiftSeries Window(int start, int count) => this with
    {
        BaselineKw = BaselineKw.AsSpan(start, count).ToArray(),
        InPhotoperiod = InPhotoperiod.AsSpan(start, count).ToArray(),
        LocalDay = LocalDay.AsSpan(start, count).ToArray(),
    };
}
