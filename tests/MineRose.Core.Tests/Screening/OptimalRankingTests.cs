using MineRose.Core.Screening;

namespace MineRose.Core.Tests.Screening;

/// <summary><see cref="ScreeningRanking.WithOptimal"/>: optimal scores on the rule-based scale, and the re-ranking of the re-run
/// mines among themselves with <c>--rank-by optimal</c>.</summary>
public sealed class OptimalRankingTests
{
    private static MineScreeningResult Mine(string id, double npvCny, bool evaluated = true) => new()
    {
        MineId = id, Name = id, Status = "Closed", MineType = "Underground", Source = "test", Evaluated = evaluated,
        Kpis = evaluated ? new Dictionary<string, double> { ["npv_cny"] = npvCny, ["co2_avoided_t"] = 0, ["jobs"] = 0 } : new Dictionary<string, double>(),
    };

    private static readonly ScreeningWeights NpvOnly = new(1, 0, 0);

    // Rule-based NPVs A 3, B 2, C 1, D 0 → scores 1, 2/3, 1/3, 0. The best two re-run: A 1.5, B 2.5.
    // With those in place the NPVs are 1.5, 2.5, 1, 0 (min 0, max 2.5): optimal scores A 0.6, B 1.
    private static IReadOnlyList<RankedMine> Ranked() => ScreeningRanking.Rank([Mine("A", 3), Mine("B", 2), Mine("C", 1), Mine("D", 0), Mine("X", 0, false)], NpvOnly);

    private static readonly Dictionary<string, MineScreeningResult> Optimal = new() { ["A"] = Mine("A", 1.5), ["B"] = Mine("B", 2.5) };

    [Fact]
    public void Optimal_scores_put_the_optimal_kpis_on_the_scale_of_every_evaluated_mine_and_the_ranks_stay_rule_based()
    {
        var m = ScreeningRanking.WithOptimal(Ranked(), Optimal, NpvOnly, rankByOptimal: false);
        Assert.Equal(["A", "B", "C", "D", "X"], m.Select(x => x.Result.MineId));
        Assert.Equal([1, 2, 3, 4, 0], m.Select(x => x.Rank));
        Assert.Equal(1.0, m[0].Score, 12);
        Assert.Equal(1.5 / 2.5, m[0].OptimalScore, 12);
        Assert.Equal(1.0, m[1].OptimalScore, 12);
        Assert.True(double.IsNaN(m[2].OptimalScore));
        Assert.Null(m[2].Optimal);
    }

    [Fact]
    public void Ranking_by_the_optimal_score_reorders_only_the_re_run_mines()
    {
        var m = ScreeningRanking.WithOptimal(Ranked(), Optimal, NpvOnly, rankByOptimal: true);
        Assert.Equal(["B", "A", "C", "D", "X"], m.Select(x => x.Result.MineId));
        Assert.Equal([1, 2, 3, 4, 0], m.Select(x => x.Rank));
        // The rule-based score stays with its mine.
        Assert.Equal(2.0 / 3.0, m[0].Score, 12);
    }

    [Fact]
    public void A_failed_re_run_has_no_optimal_score_and_follows_the_scored_ones()
    {
        var optimal = new Dictionary<string, MineScreeningResult> { ["A"] = Mine("A", 0, evaluated: false) with { FailureReason = "no plan" }, ["B"] = Mine("B", 2.5) };
        var m = ScreeningRanking.WithOptimal(Ranked(), optimal, NpvOnly, rankByOptimal: true);
        Assert.Equal(["B", "A", "C"], m.Take(3).Select(x => x.Result.MineId));
        Assert.True(double.IsNaN(m[1].OptimalScore));
        Assert.Equal("no plan", m[1].Optimal!.FailureReason);
    }

    [Fact]
    public void Optimal_results_of_mines_below_the_top_are_refused_when_re_ranking()
    {
        var optimal = new Dictionary<string, MineScreeningResult> { ["C"] = Mine("C", 5) };
        Assert.Throws<ArgumentException>(() => ScreeningRanking.WithOptimal(Ranked(), optimal, NpvOnly, rankByOptimal: true));
    }
}
