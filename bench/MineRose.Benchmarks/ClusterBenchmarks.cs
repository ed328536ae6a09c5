using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MineRose.Cluster;
using MineRose.Core.Screening;

namespace MineRose.Benchmarks;

/// <summary>The cost of the cluster path itself: a run of trivial mines (a few hundred nanoseconds each) evaluated directly
/// on all cores against the same run through one local Orleans silo (coordinator grain, leased batches, worker loops,
/// client polling). The difference divided by the mine count is the cluster's overhead per mine; comparing the two mine
/// counts separates it from the fixed start and end latency (idle poll 100 ms, client poll 10 ms).</summary>
[MemoryDiagnoser]
public class ClusterBenchmarks
{
    private IHost? silo;
    private IClusterClient? client;
    private readonly MemoryStore store = new();
    private int iteration;

    /// <summary>Mines per run: GEM's Chinese non-closed mines, and the 15,000 mines closing by 2030.</summary>
    [Params(2582, 15000)]
    public int Mines { get; set; }

    /// <summary>Mines per leased batch.</summary>
    [Params(16, 64, 256)]
    public int BatchSize { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var ports = Random.Shared.Next(20_000, 40_000);
        var options = new ScreeningClusterOptions { SiloPort = ports, GatewayPort = ports + 1000, WorkersPerSilo = Environment.ProcessorCount };
        silo = ClusterScreening.BuildSilo(options, 0, store, new TrivialFactory(), LogLevel.None);
        silo.StartAsync().GetAwaiter().GetResult();
        client = (IClusterClient)silo.Services.GetService(typeof(IClusterClient))!;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        silo?.StopAsync().GetAwaiter().GetResult();
        silo?.Dispose();
    }

    [Benchmark(Baseline = true)]
    public int Direct()
    {
        var evaluator = new TrivialEvaluator(Job());
        var ids = evaluator.MineIds;
        Parallel.For(0, ids.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => store.TryAdd(evaluator.Evaluate(ids[i])));
        return ids.Count;
    }

    [Benchmark]
    public int Cluster()
    {
        var job = Job();
        var options = new ScreeningRunOptions { BatchSize = BatchSize, PollInterval = TimeSpan.FromMilliseconds(10) };
        var summary = ClusterScreeningRun.RunAsync(client!, new TrivialEvaluator(job), job, store, options, null, CancellationToken.None)
            .GetAwaiter().GetResult();
        return summary.MineCount;
    }

    /// <summary>A new design hash every invocation, so every run starts with nothing stored.</summary>
    private string Job()
    {
        var job = string.Create(CultureInfo.InvariantCulture, $"{Mines}/{Interlocked.Increment(ref iteration)}");
        store.StartDesign(job);
        return job;
    }

    private sealed class TrivialFactory : IMineEvaluatorFactory
    {
        public IMineEvaluator Create(string jobJson) => new TrivialEvaluator(jobJson);
    }

    private sealed class TrivialEvaluator(string job) : IMineEvaluator
    {
        public string DesignHash { get; } = job;

        public string ModelVersion => "bench";

        public IReadOnlyList<string> MineIds { get; } =
            [.. Enumerable.Range(0, int.Parse(job.AsSpan(0, job.IndexOf('/', StringComparison.Ordinal)), CultureInfo.InvariantCulture))
                .Select(i => "mine-" + i.ToString(CultureInfo.InvariantCulture))];

        public ScreeningRecord Evaluate(string mineId) =>
            new(new ScreeningKey(mineId, DesignHash, ModelVersion), "{\"npv_cny\":" + mineId.Length.ToString(CultureInfo.InvariantCulture) + "}");
    }

    /// <summary>Records by design, the previous run's dropped when a new one starts, so the store's size (and the cost of
    /// reading what is done) does not grow with the number of invocations.</summary>
    private sealed class MemoryStore : IScreeningStore
    {
        private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, ScreeningRecord>> byDesign = new();

        public void StartDesign(string designHash)
        {
            byDesign.Clear();
            byDesign[designHash] = new ConcurrentDictionary<string, ScreeningRecord>(Environment.ProcessorCount, 16_384);
        }

        public bool TryAdd(ScreeningRecord record) => byDesign[record.Key.DesignHash].TryAdd(record.Key.MineId, record);

        public IReadOnlySet<string> CompletedMineIds(string designHash, string modelVersion) =>
            byDesign.TryGetValue(designHash, out var records) ? records.Keys.ToHashSet() : [];

        public IReadOnlyList<ScreeningRecord> Records(string designHash, string modelVersion) =>
            byDesign.TryGetValue(designHash, out var records) ? [.. records.Values] : [];

        public void Dispose()
        {
        }
    }
}
