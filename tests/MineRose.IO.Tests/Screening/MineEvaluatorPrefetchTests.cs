using MineRose.IO.Screening;

namespace MineRose.IO.Tests.Screening;

/// <summary>Prefetching the weather changes when the station years are built, never what a mine gets.</summary>
public sealed class MineEvaluatorPrefetchTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "minerose-prefetch-" + Guid.NewGuid().ToString("N"));

    public MineEvaluatorPrefetchTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void With_or_without_the_prefetch_every_mine_stores_the_same_payload()
    {
        // Mines near four different embedded stations (Jinan, Taiyuan, Urumqi, Harbin), and one without land.
        var list = Path.Combine(_dir, "mines.csv");
        File.WriteAllLines(list,
        [
            "name,latitude,longitude,depth_m,mine_type,status,land_available_ha",
            "Zibo,36.65,117.95,420,underground,closed,12",
            "Taiyuan,37.85,112.55,,underground,closed,30",
            "Urumqi,43.8,87.6,250,surface,closed,8",
            "Harbin,45.75,126.65,600,underground,closed,20",
            "No land,36.7,117.9,300,underground,closed,0",
        ]);
        var job = new ScreeningJob { MineLists = [list], Statuses = ["closed"] };
        var plain = new MineEvaluator(job);
        var prefetched = new MineEvaluator(job, prefetchWeather: true);
        Assert.Equal(plain.MineIds, prefetched.MineIds);
        Assert.Equal(plain.DesignHash, prefetched.DesignHash);
        var fromPrefetched = new string[plain.MineIds.Count];
        Parallel.For(0, fromPrefetched.Length, i => fromPrefetched[i] = prefetched.Evaluate(prefetched.MineIds[i]).PayloadJson);
        for (int i = 0; i < fromPrefetched.Length; i++)
            Assert.Equal(plain.Evaluate(plain.MineIds[i]).PayloadJson, fromPrefetched[i]);
    }

    [Fact]
    public void A_missing_list_fails_the_same_way_with_the_prefetch_running()
    {
        var job = new ScreeningJob { MineLists = [Path.Combine(_dir, "absent.csv")], Statuses = ["closed"] };
        var plain = Record.Exception(() => new MineEvaluator(job));
        var prefetched = Record.Exception(() => new MineEvaluator(job, prefetchWeather: true));
        Assert.NotNull(plain);
        Assert.NotNull(prefetched);
        Assert.Equal(plain.GetType(), prefetched.GetType());
        Assert.Equal(plain.Message, prefetched.Message);
    }
}
