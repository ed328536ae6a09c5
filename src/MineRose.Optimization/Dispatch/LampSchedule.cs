namespace MineRose.Optimization.Dispatch;

/// <summary>The lamps' on/off command per interval from a planned lamp power: each local day keeps as many lamp intervals as the
/// rules lit, placed where the plan put the most lamp power.</summary>
/// <remarks>
/// <para>The greenhouse's lamps are on or off for a whole interval (<c>LightingControl</c>), so the simulator can replay only
/// whole lamp intervals. The LP's L_t (<see cref="LightingShiftConstraints"/>) is at P̄_L or 0 in nearly every interval
/// (a day's equality and the box bounds leave few fractional values at a vertex), but a rolling horizon may cut a day between
/// windows, and a joined plan need not keep each day's total. So per local day d, within the photoperiod:
/// k_d = round(Σ_{t∈d} B_t / P̄_L) intervals are lit, those with the largest planned L_t (the earlier on a tie); every other
/// interval is dark. The replayed day then uses exactly the rules' lamp energy k_d·P̄_L·Δt (B_t is P̄_L or 0: the rules light
/// whole intervals too), hence the same lamp light.</para>
/// <para>Symbols → fields: B → <see cref="LightingShiftSeries.BaselineKw"/>; P̄_L → <see cref="LightingShiftSeries.InstalledKw"/>;
/// d → <see cref="LightingShiftSeries.LocalDay"/>; the photoperiod → <see cref="LightingShiftSeries.InPhotoperiod"/>.</para>
/// </remarks>
public static class LampSchedule
{
    /// <summary>Lamps on (true) or off per interval: whole lamp intervals keeping each local day's lamp energy, where the plan
    /// put the most lamp power.</summary>
    /// <param name="lighting">The rules' lamps, photoperiod and local days.</param>
    /// <param name="plannedKw">Planned lamp power per interval [kW], as long as the series.</param>
    public static bool[] WholeIntervals(LightingShiftSeries lighting, double[] plannedKw)
    {
        ArgumentNullException.ThrowIfNull(lighting);
        ArgumentNullException.ThrowIfNull(plannedKw);
        int n = lighting.Count;
        lighting.Validated(n);
        if (plannedKw.Length != n)
            throw new Core.InvalidInputException("planned lighting length", plannedKw.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{n} values, one per interval");
        var on = new bool[n];
        if (lighting.InstalledKw <= 0)
            return on;
        var members = new List<int>(96);
        for (int start = 0; start < n;)
        {
            int end = start;
            while (end < n && lighting.LocalDay[end] == lighting.LocalDay[start])
                end++;
            members.Clear();
            double baselineKw = 0;
            for (int t = start; t < end; t++)
            {
                if (!lighting.InPhotoperiod[t])
                    continue;
                members.Add(t);
                baselineKw += lighting.BaselineKw[t];
            }
            int lit = Math.Min(members.Count, (int)Math.Round(baselineKw / lighting.InstalledKw));
            // Largest planned power first; the sort is stable on the interval index, so ties go to the earlier interval.
            members.Sort((a, b) => plannedKw[a] != plannedKw[b] ? plannedKw[b].CompareTo(plannedKw[a]) : a.CompareTo(b));
            for (int j = 0; j < lit; j++)
                on[members[j]] = true;
            start = end;
        }
        return on;
    }
}
