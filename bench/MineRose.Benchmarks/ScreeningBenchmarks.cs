using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using MineRose.Core.Park;
using MineRose.Core.Pv;
using MineRose.Core.Screening;
using MineRose.Core.Solar;
using MineRose.Core.Weather;
using MineRose.IO.Screening;

namespace MineRose.Benchmarks;

/// <summary>Screening budgets: all 2,582 Chinese non-closed GEM mines on 2 cores (≤ 10 s, rule-based), a synthetic list of
/// 15,000 sites (≤ 60 s), where one mine's time goes (design, sun path, park year, evaluation, JSON), the output writers,
/// and one mine's optimal-dispatch re-run.</summary>
/// <remarks>Whole runs include reading the lists, building the evaluator (embedded station normals, synthetic years) and
/// writing every result to a fresh SQLite store. The GEM run needs the shared folder (MINEROSE_SHARED, or a folder
/// "shared" holding DESIGN.md above the benchmark); the 15,000 sites are generated (seeded) over China's coal belt.</remarks>
[MemoryDiagnoser]
public class ScreeningBenchmarks
{
    private string gemList = "";
    private string syntheticList = "";
    private string storePath = "";
    private MineEvaluator evaluator = null!;
    private string mineId = "";
    private MineDesign design = null!;
    private WeatherSeries weather = null!;
    private SolarEphemeris ephemeris = null!;
    private SunPath sun = null!;
    private ParkYear year = null!;
    private MineScreeningResult result = null!;
    private IReadOnlyList<RankedMine> ranked = [];

    [GlobalSetup]
    public void Setup()
    {
        var shared = Environment.GetEnvironmentVariable("MINEROSE_SHARED");
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); string.IsNullOrEmpty(shared) && dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "shared", "DESIGN.md")))
                shared = Path.Combine(dir.FullName, "shared");
        }
        if (string.IsNullOrEmpty(shared))
            throw new InvalidOperationException("ScreeningBenchmarks needs the shared data folder (set MINEROSE_SHARED)");
        gemList = Path.Combine(shared, "mines", "gcmt-1ways_non_closed_mines.csv");
        syntheticList = Path.Combine(Path.GetTempPath(), "minerose-bench-15000-sites.csv");
        WriteSyntheticList(syntheticList, 15_000);
        storePath = Path.Combine(Path.GetTempPath(), $"minerose-bench-{Environment.ProcessId}.sqlite");

        evaluator = new MineEvaluator(Job([gemList]));
        // A Shanxi underground mine with a known depth: PV, greenhouses, heat pumps and shaft storage.
        mineId = evaluator.MineIds.First(id => evaluator.Mine(id) is { DepthM: > 200, MineSizeKm2: > 2, Province: "Shanxi" });
        var mine = evaluator.Mine(mineId);
        var (station, km) = evaluator.Stations.Nearest(mine.LatitudeDeg, mine.LongitudeDeg);
        weather = evaluator.Stations.YearFor(station, km).Year;
        design = TemplateDesign.For(evaluator.Rules, evaluator.Template.Design, mine, evaluator.Stations.Stations[station].Site.ElevationM);
        ephemeris = SolarEphemeris.For(weather.Grid);
        sun = PvChain.SunPathFor(ephemeris, design.Design!.Site, weather);
        year = ParkSimulator.SimulateYear(design.Design!, weather, sun);
        result = evaluator.EvaluateResult(mineId);
        // 2,582 copies of that mine, each with its own id and a spread of NPVs, for the output writers.
        ranked = ScreeningRanking.Rank([.. Enumerable.Range(0, 2582).Select(i => result with
        {
            MineId = "M" + i.ToString(CultureInfo.InvariantCulture),
            Province = "P" + (i % 30).ToString(CultureInfo.InvariantCulture),
            Kpis = new Dictionary<string, double>(result.Kpis) { ["npv_cny"] = result.Kpi("npv_cny") + 1000 * i },
        })], new ScreeningWeights());
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        File.Delete(syntheticList);
        DeleteStore();
    }

    private static ScreeningJob Job(string[] lists) => new()
    {
        MineLists = lists,
        Statuses = ["operating", "proposed", "mothballed", "shelved", "cancelled", "closed"],
    };

    private void DeleteStore()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { storePath, storePath + "-wal", storePath + "-shm" })
            File.Delete(f);
    }

    private int RunAll(string list)
    {
        DeleteStore();
        var e = new MineEvaluator(Job([list]));
        using var store = new SqliteScreeningStore(storePath);
        return ScreeningRunner.Run(e, store, maxDegreeOfParallelism: 2).Computed;
    }

    /// <summary>All 2,582 Chinese non-closed GEM mines, rule-based, 2 worker threads, into SQLite (budget ≤ 10 s).</summary>
    [Benchmark]
    public int ChinaGem2582MinesOnTwoCores() => RunAll(gemList);

    /// <summary>15,000 generated sites, rule-based, 2 worker threads, into SQLite (budget ≤ 60 s).</summary>
    [Benchmark]
    public int Synthetic15000SitesOnTwoCores() => RunAll(syntheticList);

    /// <summary>One mine: the template design.</summary>
    [Benchmark]
    public double OneMineDesign() =>
        TemplateDesign.For(evaluator.Rules, evaluator.Template.Design, evaluator.Mine(mineId), 800).PvDcKw;

    /// <summary>One mine: the sun path at its coordinates (ephemeris shared).</summary>
    [Benchmark]
    public int OneMineSunPath() => PvChain.SunPathFor(ephemeris, design.Design!.Site, weather).ZenithDeg.Length;

    /// <summary>One mine: the rule-based park year with its sun path given.</summary>
    [Benchmark]
    public double OneMineParkYear() => ParkSimulator.SimulateYear(design.Design!, weather, sun).Ledger.PvAcKw[4000];

    /// <summary>One mine: KPIs, finance and carbon of a simulated year.</summary>
    [Benchmark]
    public int OneMineEvaluation() => ParkEvaluation.Evaluate(year).Kpis.Count;

    /// <summary>One mine end to end as a worker runs it (design, sun, year, evaluation, JSON).</summary>
    [Benchmark]
    public int OneMineEndToEnd() => evaluator.Evaluate(mineId).PayloadJson.Length;

    /// <summary>One mine's stored payload: JSON written by a worker and read back for the outputs (source-generated).</summary>
    [Benchmark]
    public int OneMineResultJsonRoundTrip() => MineScreeningResultJson.Deserialize(MineScreeningResultJson.Serialize(result)).Kpis.Count;

    /// <summary>ranked.csv, provinces.csv and mines.geojson of 2,582 mines (in memory).</summary>
    [Benchmark]
    public long Outputs2582Mines()
    {
        using var csv = new StringWriter();
        RankedCsvWriter.Write(csv, ranked, "credit");
        ProvinceSummaryWriter.Write(csv, ranked, "credit");
        using var geo = new MemoryStream();
        MinesGeoJsonWriter.Write(geo, ranked, "credit");
        return csv.GetStringBuilder().Length + geo.Length;
    }

    /// <summary>2,582 stored payloads of one mine written to a fresh SQLite store in batches of 32, as the run's writer does.</summary>
    [Benchmark]
    public int Store2582Records()
    {
        DeleteStore();
        var payload = MineScreeningResultJson.Serialize(result);
        var records = Enumerable.Range(0, 2582).Select(i => new ScreeningRecord(new ScreeningKey("M" + i.ToString(CultureInfo.InvariantCulture), "hash", "v"), payload)).ToArray();
        using var store = new SqliteScreeningStore(storePath);
        int stored = 0;
        foreach (var batch in records.Chunk(ScreeningRunner.BatchSize))
            stored += store.TryAddRange(batch);
        return stored;
    }

    /// <summary>2,582 ready payloads through <see cref="ScreeningRunner"/> on 2 workers into a fresh SQLite store: the runner's own
    /// cost (scheduling, the writer's batches, the inserts) without any park year.</summary>
    [Benchmark]
    public int Runner2582ReadyRecordsOnTwoCores()
    {
        DeleteStore();
        using var store = new SqliteScreeningStore(storePath);
        return ScreeningRunner.Run(new ReadyRecords(MineScreeningResultJson.Serialize(result), 2582), store, maxDegreeOfParallelism: 2).Stored;
    }

    /// <summary>An evaluator whose every mine is the same ready payload.</summary>
    private sealed class ReadyRecords(string payload, int count) : IMineEvaluator
    {
        public string DesignHash => "hash";
        public string ModelVersion => "v";
        public IReadOnlyList<string> MineIds { get; } = [.. Enumerable.Range(0, count).Select(i => "M" + i.ToString(CultureInfo.InvariantCulture))];
        public ScreeningRecord Evaluate(string mineId) => new(new ScreeningKey(mineId, DesignHash, ModelVersion), payload);
    }

    /// <summary>One mine re-run with optimal dispatch (<c>--optimize-top</c>): rolling 48 h / 24 h LP over the year, replayed,
    /// checked and evaluated.</summary>
    [Benchmark]
    public bool OneMineOptimalDispatch() => MineRose.Optimization.Screening.OptimalScreening.Evaluate(evaluator.Setup(mineId)).Evaluated;

    private static void WriteSyntheticList(string path, int count)
    {
        var random = new Random(20_300);
        var sb = new StringBuilder("name,latitude,longitude,depth_m,mine_type,status,land_available_ha\n");
        for (int i = 0; i < count; i++)
        {
            // China's coal belt, roughly 34–46 N, 100–125 E; most mines underground, 70 % with a known depth.
            double lat = 34 + 12 * random.NextDouble(), lon = 100 + 25 * random.NextDouble();
            string depth = random.NextDouble() < 0.7 ? (100 + 700 * random.NextDouble()).ToString("F0", CultureInfo.InvariantCulture) : "";
            string type = random.NextDouble() < 0.88 ? "underground" : "surface";
            double land = 2 + 58 * random.NextDouble();
            sb.Append(CultureInfo.InvariantCulture, $"Site {i + 1},{lat:F4},{lon:F4},{depth},{type},closed,{land:F1}\n");
        }
        File.WriteAllText(path, sb.ToString());
    }
}
