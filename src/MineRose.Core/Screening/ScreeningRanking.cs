namespace MineRose.Core.Screening;

/// <summary>Ranks screened mines by <see cref="ScreeningScore.WeightedMinMax"/> of NPV (npv_cny), avoided CO₂ (co2_avoided_t) and jobs.</summary>
public static class ScreeningRanking
{
    /// <summary>The evaluated mines by falling score (ties by mine id), then the others by mine id with rank 0.</summary>
    /// <param name="results">The results of a run.</param>
    /// <param name="weights">The weights.</param>
    public static IReadOnlyList<RankedMine> Rank(IReadOnlyList<MineScreeningResult> results, ScreeningWeights weights)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(weights);
        var ok = results.Where(r => r.Evaluated).ToList();
        var score = ScreeningScore.WeightedMinMax(
            [.. ok.Select(r => r.Kpi("npv_cny"))], [.. ok.Select(r => r.Kpi("co2_avoided_t"))], [.. ok.Select(r => r.Kpi("jobs"))], weights);
        var ranked = ok.Select((r, i) => (Result: r, Score: score[i]))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Result.MineId, StringComparer.Ordinal)
            .Select((x, i) => new RankedMine(i + 1, x.Score, x.Result));
        var failed = results.Where(r => !r.Evaluated).OrderBy(r => r.MineId, StringComparer.Ordinal).Select(r => new RankedMine(0, double.NaN, r));
        return [.. ranked, .. failed];
    }

    /// <summary>Adds the optimal-dispatch results of the top mines and their optimal scores; with <paramref name="rankByOptimal"/>,
    /// re-ranks those mines among themselves by their optimal score (they keep ranks 1..N; every other mine keeps its rank).</summary>
    /// <remarks>The optimal score of a re-run mine is <see cref="ScreeningScore.WeightedMinMax"/> over every evaluated mine with the
    /// re-run mines' optimal NPV, CO₂ and jobs in place of their rule-based ones (the others unchanged), so it is on the same
    /// scale as the rule-based score. A mine whose re-run failed keeps NaN and, when re-ranking, follows the scored ones.</remarks>
    /// <param name="ranked">The rule-based ranking (<see cref="Rank"/>).</param>
    /// <param name="optimal">Optimal results by mine id (the top N of <paramref name="ranked"/>).</param>
    /// <param name="weights">The weights.</param>
    /// <param name="rankByOptimal">Re-rank the re-run mines by their optimal score.</param>
    public static IReadOnlyList<RankedMine> WithOptimal(IReadOnlyList<RankedMine> ranked, IReadOnlyDictionary<string, MineScreeningResult> optimal,
        ScreeningWeights weights, bool rankByOptimal)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(optimal);
        ArgumentNullException.ThrowIfNull(weights);
        var ok = ranked.Where(m => m.Rank > 0).ToList();
        MineScreeningResult Used(RankedMine m) =>
            optimal.TryGetValue(m.Result.MineId, out var o) && o.Evaluated ? o : m.Result;
        var score = ScreeningScore.WeightedMinMax(
            [.. ok.Select(m => Used(m).Kpi("npv_cny"))], [.. ok.Select(m => Used(m).Kpi("co2_avoided_t"))], [.. ok.Select(m => Used(m).Kpi("jobs"))], weights);
        var withOptimal = ranked.Select(m => m).ToList();
        var rerun = new List<int>();
        for (int i = 0; i < ok.Count; i++)
        {
            if (!optimal.TryGetValue(ok[i].Result.MineId, out var o))
                continue;
            withOptimal[i] = ok[i] with { Optimal = o, OptimalScore = o.Evaluated ? score[i] : double.NaN };
            rerun.Add(i);
        }
        if (!rankByOptimal || rerun.Count == 0)
            return withOptimal;
        // The re-run mines are the best N by rule-based rank, so they hold positions 0..N−1: permute those positions only.
        if (rerun[^1] != rerun.Count - 1)
            throw new ArgumentException("the optimal results must be those of the best-ranked mines", nameof(optimal));
        var reordered = rerun.Select(i => withOptimal[i])
            .OrderBy(m => double.IsNaN(m.OptimalScore) ? 1 : 0).ThenByDescending(m => double.IsNaN(m.OptimalScore) ? 0 : m.OptimalScore)
            .ThenBy(m => m.Rank).ToList();
        for (int k = 0; k < reordered.Count; k++)
            withOptimal[k] = reordered[k] with { Rank = k + 1 };
        return withOptimal;
    }
}
