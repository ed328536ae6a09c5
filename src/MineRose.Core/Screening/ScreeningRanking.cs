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
}
