using System.Globalization;
using MineRose.Core;
using MineRose.Core.Park;
using MineRose.Core.Time;

namespace MineRose.Optimization.Sizing;

/// <summary>Chooses representative days of a year by k-medoids clustering of normalised daily profiles [240], [241], [242], and
/// measures how well they reproduce the year's totals.</summary>
/// <remarks>
/// <para>Days are the 24 h blocks from the grid's first interval (a year from 00:00 UTC starts its days at 08:00 China time,
/// between the night's valley and the morning's PV). Each day d becomes one vector of the series' values over its hours,
/// every series normalised to [0, 1] by its minimum and maximum over the year, so that PV, load, heat and price weigh the
/// same whatever their units [241]; a series that never changes is left out. The distance between two days is the
/// Euclidean distance of their vectors.</para>
/// <para>k-medoids (PAM [242]): choose k real days, the medoids, that minimise Σ_d min_c ‖x_d − x_c‖; each day is represented by
/// its nearest medoid, and a medoid's weight is the number of days it represents. Medoids are real days, so PV, load and
/// price stay consistent within a day (a centroid would average sunny and cloudy days into a day that never happens) and a
/// dispatch over them meets the same physical limits as over the year [241], [240]. BUILD picks the medoids greedily, then SWAP
/// exchanges a medoid with a non-medoid while the best exchange lowers the total distance; both are deterministic (ties go to
/// the earlier day). Cost O(k·D²) per SWAP pass for D days (≈40 ms in all for a year and k = 12, SizingBenchmarks).</para>
/// <para>Chronology between days is lost: a model over representative days treats each day as a cycle on its own, so storage
/// cannot move energy between days (seasonal storage is out of reach of this method) [240].</para>
/// </remarks>
public static class RepresentativeDays
{
    /// <summary>Selects <paramref name="k"/> representative days by k-medoids on the normalised daily profiles of the series.</summary>
    /// <param name="grid">The year's grid; 24 h must be a whole number of steps and the grid whole days.</param>
    /// <param name="series">The series to reproduce, each one value per interval of <paramref name="grid"/>; at least one.</param>
    /// <param name="k">Number of representative days, 1 ≤ k ≤ number of days.</param>
    /// <returns>The days with their weights.</returns>
    public static RepresentativeDaySet KMedoids(TimeGrid grid, IReadOnlyList<ProfileSeries> series, int k)
    {
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(series);
        int stepsPerDay = StepsPerDay(grid);
        int days = grid.Count / stepsPerDay;
        Guard.InRange(k, 1, days, "representative_days");
        if (series.Count == 0)
            throw new InvalidInputException("series", "none", "at least one series to cluster on");
        foreach (var s in series)
        {
            ArgumentNullException.ThrowIfNull(s);
            if (s.Values is null || s.Values.Length != grid.Count)
                throw new InvalidInputException($"{s.Name} length", (s.Values?.Length ?? 0).ToString(CultureInfo.InvariantCulture), $"the grid's {grid.Count} intervals");
            foreach (double v in s.Values)
                Guard.Finite(v, s.Name);
        }

        var distance = DistanceMatrix(Normalised(series, days, stepsPerDay, out int features), days, features);
        var medoids = Build(distance, days, k);
        Swap(distance, days, medoids);
        Array.Sort(medoids);

        var representativeOf = new int[days];
        var counts = new int[k];
        double total = 0;
        for (int d = 0; d < days; d++)
        {
            int best = 0;
            for (int c = 1; c < k; c++)
            {
                if (distance[d * days + medoids[c]] < distance[d * days + medoids[best]])
                    best = c;
            }

            representativeOf[d] = best;
            counts[best]++;
            total += distance[d * days + medoids[best]];
        }

        var list = new RepresentativeDay[k];
        for (int c = 0; c < k; c++)
            list[c] = new RepresentativeDay(medoids[c], medoids[c] * stepsPerDay, counts[c]);
        return new RepresentativeDaySet { Grid = grid, StepsPerDay = stepsPerDay, Days = list, RepresentativeOfDay = representativeOf, TotalDistance = total };
    }

    /// <summary>Selects representative days of a simulated park year on its PV output, electric load, heating and cooling demand
    /// and import price (<see cref="LedgerSeries"/>).</summary>
    /// <param name="ledger">The simulated year (usually the rule-based simulation of the design being sized).</param>
    /// <param name="k">Number of representative days.</param>
    public static RepresentativeDaySet FromLedger(ParkLedger ledger, int k)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        return KMedoids(ledger.Grid, LedgerSeries(ledger), k);
    }

    /// <summary>The series of a park year that the days are chosen on: <c>pv_ac_kw</c>, <c>load_kw</c> (storage excluded),
    /// <c>heating_demand_kw</c>, <c>cooling_demand_kw</c> and <c>import_price_cny_per_kwh</c>.</summary>
    /// <param name="ledger">The simulated year.</param>
    public static IReadOnlyList<ProfileSeries> LedgerSeries(ParkLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var load = new double[ledger.Grid.Count];
        for (int i = 0; i < load.Length; i++)
            load[i] = ledger.LoadKw(i);
        return
        [
            new("pv_ac_kw", ledger.PvAcKw), new("load_kw", load), new("heating_demand_kw", ledger.HeatingDemandKw),
            new("cooling_demand_kw", ledger.CoolingDemandKw), new("import_price_cny_per_kwh", ledger.ImportPriceCnyPerKwh),
        ];
    }

    /// <summary>Annual totals of a park year from the full year and from representative days: PV energy, load, heating and
    /// cooling demand, and the net energy cost of the load without storage, Σ (p_imp·max(L − P, 0) − p_exp·max(P − L, 0))·Δt,
    /// whose error also shows whether the days keep price, PV and load together.</summary>
    /// <param name="set">Representative days chosen on the ledger's grid.</param>
    /// <param name="ledger">The simulated year.</param>
    public static IReadOnlyList<AnnualTotalError> ErrorOfAnnualTotals(RepresentativeDaySet set, ParkLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(ledger);
        if (set.Grid != ledger.Grid)
            throw new InvalidInputException("ledger grid", ledger.Grid.ToString(), $"the grid the days were chosen on, {set.Grid}");
        int n = ledger.Grid.Count;
        var load = new double[n];
        var cost = new double[n];
        for (int i = 0; i < n; i++)
        {
            load[i] = ledger.LoadKw(i);
            double residual = load[i] - ledger.PvAcKw[i];
            cost[i] = residual > 0 ? ledger.ImportPriceCnyPerKwh[i] * residual : ledger.ExportPriceCnyPerKwh[i] * residual;
        }

        AnnualTotalError Energy(string name, double[] kw) =>
            new(name, ledger.EnergyKwh(kw) / 1000, set.EnergyKwh(kw) / 1000);
        return
        [
            Energy("pv_ac_mwh", ledger.PvAcKw), Energy("load_mwh", load), Energy("heating_demand_mwh", ledger.HeatingDemandKw),
            Energy("cooling_demand_mwh", ledger.CoolingDemandKw), new("net_energy_cost_without_storage_cny", ledger.EnergyKwh(cost), set.EnergyKwh(cost)),
        ];
    }

    /// <summary>Adds the day holding a series' peak as its own representative day of weight 1, taken from its cluster's weight
    /// (the "extreme period" of [241]): k-medoids favours typical days, while capacity must cover the peak. Unchanged when
    /// that day is already a representative.</summary>
    /// <param name="set">The representative days.</param>
    /// <param name="values">The series whose peak must be kept (e.g. heating demand), one value per interval of the set's grid.</param>
    public static RepresentativeDaySet WithPeakDay(RepresentativeDaySet set, ReadOnlySpan<double> values)
    {
        ArgumentNullException.ThrowIfNull(set);
        if (values.Length != set.Grid.Count)
            throw new InvalidInputException("values length", values.Length.ToString(CultureInfo.InvariantCulture), $"the grid's {set.Grid.Count} intervals");
        int peak = 0;
        for (int i = 1; i < values.Length; i++)
        {
            if (values[i] > values[peak])
                peak = i;
        }

        int day = peak / set.StepsPerDay;
        int cluster = set.RepresentativeOfDay[day];
        if (set.Days[cluster].DayIndex == day)
            return set;
        var days = set.Days.ToList();
        days[cluster] = days[cluster] with { WeightDays = days[cluster].WeightDays - 1 };
        days.Add(new RepresentativeDay(day, day * set.StepsPerDay, 1));
        var order = Enumerable.Range(0, days.Count).OrderBy(c => days[c].DayIndex).ToArray();
        var newIndex = new int[days.Count];
        for (int j = 0; j < order.Length; j++)
            newIndex[order[j]] = j;
        var representativeOf = set.RepresentativeOfDay.Select(c => newIndex[c]).ToArray();
        representativeOf[day] = newIndex[days.Count - 1];
        return set with { Days = [.. order.Select(c => days[c])], RepresentativeOfDay = representativeOf };
    }

    private static int StepsPerDay(TimeGrid grid)
    {
        double perDay = 24 / grid.StepHours;
        int steps = (int)Math.Round(perDay);
        if (steps < 1 || Math.Abs(perDay - steps) > 1e-9)
            throw new InvalidInputException("grid step", grid.Step.ToString(), "a step that divides 24 h");
        if (grid.Count < steps || grid.Count % steps != 0)
            throw new InvalidInputException("grid length", grid.Count.ToString(CultureInfo.InvariantCulture), $"whole days of {steps} intervals");
        return steps;
    }

    /// <summary>Day vectors [day × feature], each series scaled to [0, 1] by its range over the year; constant series left out.</summary>
    private static double[] Normalised(IReadOnlyList<ProfileSeries> series, int days, int stepsPerDay, out int features)
    {
        var used = new List<(double[] Values, double Min, double Range)>();
        foreach (var s in series)
        {
            double min = s.Values.Min(), max = s.Values.Max();
            if (max > min)
                used.Add((s.Values, min, max - min));
        }

        features = Math.Max(1, used.Count) * stepsPerDay;
        var x = new double[days * features];
        for (int d = 0; d < days; d++)
        {
            for (int j = 0; j < used.Count; j++)
            {
                var (values, min, range) = used[j];
                for (int h = 0; h < stepsPerDay; h++)
                    x[d * features + j * stepsPerDay + h] = (values[d * stepsPerDay + h] - min) / range;
            }
        }

        return x;
    }

    private static double[] DistanceMatrix(double[] x, int days, int features)
    {
        var distance = new double[days * days];
        for (int a = 0; a < days; a++)
        {
            var xa = x.AsSpan(a * features, features);
            for (int b = a + 1; b < days; b++)
            {
                var xb = x.AsSpan(b * features, features);
                double sum = 0;
                for (int f = 0; f < features; f++)
                {
                    double diff = xa[f] - xb[f];
                    sum += diff * diff;
                }

                distance[a * days + b] = distance[b * days + a] = Math.Sqrt(sum);
            }
        }

        return distance;
    }

    /// <summary>PAM BUILD: the first medoid minimises the total distance; each next one lowers it most.</summary>
    private static int[] Build(double[] distance, int days, int k)
    {
        var medoids = new int[k];
        var nearest = new double[days];
        Array.Fill(nearest, double.PositiveInfinity);
        var isMedoid = new bool[days];
        for (int m = 0; m < k; m++)
        {
            int best = -1;
            double bestCost = double.PositiveInfinity;
            for (int candidate = 0; candidate < days; candidate++)
            {
                if (isMedoid[candidate])
                    continue;
                double cost = 0;
                for (int d = 0; d < days; d++)
                    cost += Math.Min(nearest[d], distance[d * days + candidate]);
                if (cost < bestCost)
                {
                    bestCost = cost;
                    best = candidate;
                }
            }

            medoids[m] = best;
            isMedoid[best] = true;
            for (int d = 0; d < days; d++)
                nearest[d] = Math.Min(nearest[d], distance[d * days + best]);
        }

        return medoids;
    }

    /// <summary>PAM SWAP: apply the exchange of a medoid and a non-medoid that lowers the total distance most, until none does.</summary>
    private static void Swap(double[] distance, int days, int[] medoids)
    {
        int k = medoids.Length;
        var isMedoid = new bool[days];
        foreach (int m in medoids)
            isMedoid[m] = true;
        var nearestDistance = new double[days];
        var secondDistance = new double[days];
        var nearestMedoid = new int[days];
        const double Tolerance = 1e-12;
        for (int pass = 0; pass < 10_000; pass++)
        {
            for (int d = 0; d < days; d++)
            {
                double first = double.PositiveInfinity, second = double.PositiveInfinity;
                int which = -1;
                for (int c = 0; c < k; c++)
                {
                    double dist = distance[d * days + medoids[c]];
                    if (dist < first)
                    {
                        second = first;
                        first = dist;
                        which = c;
                    }
                    else if (dist < second)
                    {
                        second = dist;
                    }
                }

                nearestDistance[d] = first;
                secondDistance[d] = second;
                nearestMedoid[d] = which;
            }

            double bestChange = -Tolerance;
            int bestSlot = -1, bestDay = -1;
            for (int c = 0; c < k; c++)
            {
                for (int o = 0; o < days; o++)
                {
                    if (isMedoid[o])
                        continue;
                    double change = 0;
                    for (int d = 0; d < days; d++)
                    {
                        double toO = distance[d * days + o];
                        change += nearestMedoid[d] == c
                            ? Math.Min(toO, secondDistance[d]) - nearestDistance[d]
                            : Math.Min(toO - nearestDistance[d], 0);
                    }

                    if (change < bestChange)
                    {
                        bestChange = change;
                        bestSlot = c;
                        bestDay = o;
                    }
                }
            }

            if (bestSlot < 0)
                return;
            isMedoid[medoids[bestSlot]] = false;
            isMedoid[bestDay] = true;
            medoids[bestSlot] = bestDay;
        }
    }
}
