using System.Globalization;
using MineRose.IO.Screening;

namespace MineRose.IO.Tests.Screening;

/// <summary>Exact memoisation of mines with identical design inputs: evaluated once, and the shared result equals the one the
/// mine gets on its own, to the byte of its stored payload.</summary>
public sealed class MineMemoisationTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "minerose-memo-" + Guid.NewGuid().ToString("N"));

    public MineMemoisationTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string List(string name, params string[] rows)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllLines(path, ["name,latitude,longitude,depth_m,mine_type,status,land_available_ha", .. rows]);
        return path;
    }

    private static MineEvaluator Evaluator(string list) => new(new ScreeningJob { MineLists = [list], Statuses = ["closed", "mothballed"] });

    [Fact]
    public void Two_mines_with_the_same_inputs_are_simulated_once_and_get_exactly_what_each_gets_alone()
    {
        // A and B: same coordinates, land, type and depth (names and statuses differ, which the design does not read); C differs.
        var both = Evaluator(List("both.csv",
            "Mine A,36.65,117.95,420,underground,closed,12",
            "Mine C,36.65,117.95,420,underground,closed,13",
            "Mine B,36.65,117.95,420,underground,mothballed,12"));
        Assert.Equal(2, both.MinesSharingInputs);

        var results = new string[3];
        Parallel.For(0, 3, i => results[i] = both.Evaluate(both.MineIds[i]).PayloadJson);
        Assert.Equal(1, both.SharedEvaluations);
        var a = MineScreeningResultJson.Deserialize(results[0]);
        var b = MineScreeningResultJson.Deserialize(results[2]);
        var c = MineScreeningResultJson.Deserialize(results[1]);
        Assert.True(a.Evaluated && b.Evaluated && c.Evaluated);
        Assert.Equal(a.Kpis, b.Kpis);
        Assert.NotEqual(a.Kpi("pv_ac_mwh"), c.Kpi("pv_ac_mwh"));
        Assert.Equal("Mine B", b.Name);
        Assert.Equal("Mothballed", b.Status);

        // Independent calculation: B alone in its own run (nothing to share) stores the very same payload, but for the list's name.
        var alone = Evaluator(List("alone.csv", "Mine B,36.65,117.95,420,underground,mothballed,12"));
        Assert.Equal(0, alone.MinesSharingInputs);
        Assert.Equal(alone.Evaluate("Mine B").PayloadJson, results[2].Replace("both.csv", "alone.csv", StringComparison.Ordinal));
        Assert.Equal(0, alone.SharedEvaluations);
    }

    [Fact]
    public void Mines_that_differ_in_any_design_input_share_nothing()
    {
        string Row(string name, double lat = 36.65, double lon = 117.95, string depth = "420", string type = "underground", double land = 12) =>
            string.Create(CultureInfo.InvariantCulture, $"{name},{lat},{lon},{depth},{type},closed,{land}");
        var e = Evaluator(List("distinct.csv",
            Row("base"), Row("lat", lat: 36.6501), Row("lon", lon: 117.9501), Row("depth", depth: "421"), Row("no depth", depth: ""),
            Row("type", type: "surface"), Row("land", land: 12.1)));
        Assert.Equal(0, e.MinesSharingInputs);
    }
}
