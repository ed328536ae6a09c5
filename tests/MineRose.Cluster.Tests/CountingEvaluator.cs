using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using MineRose.Core.Screening;

namespace MineRose.Cluster.Tests;

/// <summary>What a test run asks of its evaluator: how many mines, how slow each is, and which mine (if any) throws.</summary>
internal sealed record TestJob(string Name, int Mines, int DelayMs = 0, string? ThrowOn = null, string ModelVersion = "test-1")
{
    public string ToJson() => JsonSerializer.Serialize(this);

    public static TestJob FromJson(string json) => JsonSerializer.Deserialize<TestJob>(json)
        ?? throw new ArgumentException("empty job", nameof(json));

    public static string MineId(int i) => $"mine-{i:D5}";

    /// <summary>The payload the evaluator must produce for a mine: a SHA-256 of its id, written out independently here.</summary>
    public static string ExpectedPayload(string mineId) =>
        $"{{\"mine\":\"{mineId}\",\"digest\":\"{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(mineId)))}\"}}";
}

/// <summary>Counts the evaluations of every mine across all silos of a test, and per silo; and freezes the evaluations of
/// a silo, as a process that died would leave them (in-process silos share one process, so a killed silo's threads would
/// otherwise run on and report their batches as a graceful shutdown does).</summary>
internal sealed class CallLog : IDisposable
{
    private readonly ConcurrentDictionary<string, bool> _frozen = new(StringComparer.Ordinal);
    private readonly ManualResetEventSlim _thaw = new(false);

    private readonly ConcurrentDictionary<string, int> _perMine = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _perSilo = new(StringComparer.Ordinal);

    public int Calls(string mineId) => _perMine.GetValueOrDefault(mineId);

    public int CallsOn(string siloName) => _perSilo.GetValueOrDefault(siloName);

    public int Total => _perMine.Values.Sum();

    public IReadOnlyDictionary<string, int> PerMine => _perMine;

    /// <summary>From now on, every evaluation on <paramref name="siloName"/> hangs until the test ends.</summary>
    public void Freeze(string siloName) => _frozen[siloName] = true;

    private readonly ConcurrentDictionary<string, int> _hung = new(StringComparer.Ordinal);

    /// <summary>Threads of <paramref name="siloName"/> hanging in an evaluation now.</summary>
    public int Hung(string siloName) => _hung.GetValueOrDefault(siloName);

    public void HangIfFrozen(string siloName)
    {
        if (!_frozen.ContainsKey(siloName))
            return;
        _hung.AddOrUpdate(siloName, 1, (_, n) => n + 1);
        _thaw.Wait();
    }

    /// <summary>Lets the frozen threads go at the end of the test.</summary>
    public void Dispose() => _thaw.Set();

    public void Record(string siloName, string mineId)
    {
        _perMine.AddOrUpdate(mineId, 1, (_, n) => n + 1);
        _perSilo.AddOrUpdate(siloName, 1, (_, n) => n + 1);
    }
}

/// <summary>A deterministic evaluator: the payload is a digest of the mine id, after an optional delay that stands in
/// for the park simulation.</summary>
internal sealed class CountingEvaluator : IMineEvaluator
{
    private readonly TestJob _job;
    private readonly string _siloName;
    private readonly CallLog _log;

    public CountingEvaluator(string jobJson, string siloName, CallLog log)
    {
        _job = TestJob.FromJson(jobJson);
        _siloName = siloName;
        _log = log;
        DesignHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(jobJson)))[..16];
        MineIds = [.. Enumerable.Range(0, _job.Mines).Select(TestJob.MineId)];
    }

    public string DesignHash { get; }

    public string ModelVersion => _job.ModelVersion;

    public IReadOnlyList<string> MineIds { get; }

    public ScreeningRecord Evaluate(string mineId)
    {
        _log.HangIfFrozen(_siloName);
        _log.Record(_siloName, mineId);
        if (_job.DelayMs > 0)
            Thread.Sleep(_job.DelayMs);
        if (mineId == _job.ThrowOn)
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"test fault on {mineId}"));
        var digest = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(mineId)));
        return new ScreeningRecord(new ScreeningKey(mineId, DesignHash, ModelVersion),
            $"{{\"mine\":\"{mineId}\",\"digest\":\"{digest}\"}}");
    }
}

/// <summary>The factory a test silo registers: every silo builds its own evaluator from the job JSON.</summary>
internal sealed class CountingEvaluatorFactory(string siloName, CallLog log) : IMineEvaluatorFactory
{
    public int Created { get; private set; }

    public IMineEvaluator Create(string jobJson)
    {
        Created++;
        return new CountingEvaluator(jobJson, siloName, log);
    }
}
