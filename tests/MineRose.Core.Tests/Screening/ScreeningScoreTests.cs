using FsCheck;
using FsCheck.Fluent;
using MineRose.Core.Screening;

namespace MineRose.Core.Tests.Screening;

/// <summary>The weighted min–max score, the ranking, the filter and the haversine distance.</summary>
public sealed class ScreeningScoreTests
{
    [Fact]
    public void Score_is_the_weighted_sum_of_min_max_normalised_criteria()
    {
        // NPV 0, 50, 100 → 0, 0.5, 1; CO₂ 10, 30, 20 → 0, 1, 0.5; jobs 5, 5, 5 → no spread, adds 0.
        var s = ScreeningScore.WeightedMinMax([0, 50, 100], [10, 30, 20], [5, 5, 5], new ScreeningWeights(0.5, 0.3, 0.2));
        Assert.Equal(0.0, s[0], 12);
        Assert.Equal(0.5 * 0.5 + 0.3 * 1, s[1], 12);
        Assert.Equal(0.5 * 1 + 0.3 * 0.5, s[2], 12);
    }

    [Fact]
    public void Weights_parse_from_the_command_line_form_and_refuse_unknown_names()
    {
        Assert.Equal(new ScreeningWeights(0.5, 0.3, 0.2), ScreeningWeights.Parse("npv=0.5, co2=0.3,jobs=0.2"));
        Assert.Equal(new ScreeningWeights(1, 0, 0), ScreeningWeights.Parse("npv=1"));
        Assert.Throws<InvalidInputException>(() => ScreeningWeights.Parse("profit=1"));
        Assert.Throws<InvalidInputException>(() => ScreeningWeights.Parse("npv=-1"));
    }

    [FsCheck.Xunit.Property]
    public Property Scores_lie_between_zero_and_one_and_the_best_npv_with_all_weight_on_npv_scores_one()
    {
        var gen = Gen.ArrayOf(Gen.Choose(-1000, 1000).Select(i => (double)i)).Where(a => a.Length > 1);
        return Prop.ForAll(gen.ToArbitrary(), npv =>
        {
            var s = ScreeningScore.WeightedMinMax(npv, npv, npv, new ScreeningWeights(1, 0, 0));
            bool spread = npv.Max() > npv.Min();
            return s.All(x => x >= 0 && x <= 1 + 1e-12) && (!spread || Math.Abs(s[Array.IndexOf(npv, npv.Max())] - 1) < 1e-12);
        });
    }

    [Fact]
    public void Haversine_gives_one_degree_of_a_meridian_as_R_pi_over_180()
    {
        // 6371.0088 km × π / 180 = 111.19508 km.
        Assert.Equal(111.19508, GreatCircle.HaversineKm(36, 117, 37, 117), 4);
        // A quarter of the equator: R·π/2 = 10,007.557 km.
        Assert.Equal(10_007.557, GreatCircle.HaversineKm(0, 0, 0, 90), 2);
        // Jinan TMYx station (36.6019 N, 117.0081 E) to Dakuishan (36.7 N, 118.0 E): Δλ = 0.9919°, Δφ = 0.0981°;
        // written out: h = sin²(0.04905°) + cos 36.6019° cos 36.7° sin²(0.49595°) = 7.329e-7 + 0.64403 × 7.4924e-5 = 4.8986e-5,
        // d = 2R asin(√h) = 2 × 6371.0088 × 0.0069990 = 89.18 km.
        Assert.Equal(89.18, GreatCircle.HaversineKm(36.6019, 117.0081, 36.7, 118.0), 1);
    }

    [FsCheck.Xunit.Property]
    public Property Haversine_is_symmetric_and_obeys_the_triangle_inequality()
    {
        var point = from lat in Gen.Choose(-89_000, 89_000) from lon in Gen.Choose(-179_000, 179_000) select (lat / 1000.0, lon / 1000.0);
        return Prop.ForAll(point.ToArbitrary(), point.ToArbitrary(), point.ToArbitrary(), (a, b, c) =>
        {
            var ab = GreatCircle.HaversineKm(a.Item1, a.Item2, b.Item1, b.Item2);
            var ba = GreatCircle.HaversineKm(b.Item1, b.Item2, a.Item1, a.Item2);
            var ac = GreatCircle.HaversineKm(a.Item1, a.Item2, c.Item1, c.Item2);
            var cb = GreatCircle.HaversineKm(c.Item1, c.Item2, b.Item1, b.Item2);
            return Math.Abs(ab - ba) < 1e-9 && ab <= ac + cb + 1e-6 && ab <= Math.PI * GreatCircle.EarthRadiusKm + 1e-6;
        });
    }

    [Fact]
    public void Ranking_puts_evaluated_mines_by_falling_score_and_failures_last()
    {
        static MineScreeningResult R(string id, double npv, bool ok = true) => new()
        {
            MineId = id, Name = id, Status = "Closed", MineType = "Underground", Source = "t", Evaluated = ok,
            Kpis = ok ? new Dictionary<string, double> { ["npv_cny"] = npv, ["co2_avoided_t"] = npv, ["jobs"] = npv } : new Dictionary<string, double>(),
        };
        var ranked = ScreeningRanking.Rank([R("a", 1), R("b", 3), R("x", 0, ok: false), R("c", 2)], new ScreeningWeights());
        Assert.Equal(["b", "c", "a", "x"], ranked.Select(r => r.Result.MineId));
        Assert.Equal([1, 2, 3, 0], ranked.Select(r => r.Rank));
        Assert.Equal(1.0, ranked[0].Score, 12);
    }
}
