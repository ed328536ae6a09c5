using MineRose.Core.Screening;
using MineRose.IO.Screening;

namespace MineRose.IO.Tests.Screening;

/// <summary>The local runner: every mine computed and stored exactly once whatever the number of workers, nothing computed
/// again on a rerun, and a failing mine stops the run with its exception after the finished mines are stored.</summary>
public sealed class ScreeningRunnerTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "minerose-runner-" + Guid.NewGuid().ToString("N"));

    public ScreeningRunnerTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    /// <summary>A cheap evaluator: the payload is a function of the id; one id may throw.</summary>
    private sealed class Fake(int count, string? failing = null, Action<int>? onCall = null) : IMineEvaluator
    {
        private int _calls;

        public int Calls => _calls;
        public string DesignHash => "h";
        public string ModelVersion => "v";
        public IReadOnlyList<string> MineIds { get; } = [.. Enumerable.Range(0, count).Select(i => "M" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture))];

        public ScreeningRecord Evaluate(string mineId)
        {
            var call = Interlocked.Increment(ref _calls);
            onCall?.Invoke(call);
            if (mineId == failing)
                throw new InvalidOperationException("boom at " + mineId);
            Thread.SpinWait(2000);
            return new ScreeningRecord(new ScreeningKey(mineId, DesignHash, ModelVersion), "{\"id\":\"" + mineId + "\"}");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void Every_mine_is_computed_and_stored_exactly_once_and_a_rerun_computes_nothing(int workers)
    {
        var fake = new Fake(500);
        using var store = new SqliteScreeningStore(Path.Combine(_dir, $"s{workers}.sqlite"));
        int lastProgress = -1;
        var stats = ScreeningRunner.Run(fake, store, new SynchronousProgress(v => lastProgress = v), workers);
        Assert.Equal(new ScreeningRunStats(500, 0, 500, 500), stats);
        Assert.Equal(500, fake.Calls);
        Assert.Equal(500, lastProgress);
        Assert.Equal(500, store.Count());
        Assert.Equal(fake.MineIds, store.Records("h", "v").Select(r => r.Key.MineId));
        Assert.All(store.Records("h", "v"), r => Assert.Equal("{\"id\":\"" + r.Key.MineId + "\"}", r.PayloadJson));

        var again = ScreeningRunner.Run(fake, store, null, workers);
        Assert.Equal(new ScreeningRunStats(500, 500, 0, 0), again);
        Assert.Equal(500, fake.Calls);
    }

    [Fact]
    public void A_mine_that_throws_stops_the_run_with_its_exception_and_what_finished_stays_stored()
    {
        var fake = new Fake(300, failing: "M0150");
        using var store = new SqliteScreeningStore(Path.Combine(_dir, "fail.sqlite"));
        var e = Assert.Throws<InvalidOperationException>(() => ScreeningRunner.Run(fake, store, null, 2));
        Assert.Equal("boom at M0150", e.Message);
        var stored = store.Count();
        Assert.InRange(stored, 1, 299);
        Assert.DoesNotContain(store.Records("h", "v"), r => r.Key.MineId == "M0150");

        // The rerun computes exactly the mines not stored (the failing one again, so it fails again).
        var fixedRun = new Fake(300);
        var stats = ScreeningRunner.Run(fixedRun, store, null, 2);
        Assert.Equal(300 - stored, stats.Computed);
        Assert.Equal(300, store.Count());
    }

    [Fact]
    public void A_cancelled_run_throws_and_keeps_every_finished_mine()
    {
        // Cancelled from inside the 1,000th evaluation, not by a timer: a fast machine could finish every mine before a timer fires.
        using var cts = new CancellationTokenSource();
        var fake = new Fake(100_000, onCall: n => { if (n == 1_000) cts.Cancel(); });
        using var store = new SqliteScreeningStore(Path.Combine(_dir, "cancel.sqlite"));
        Assert.ThrowsAny<OperationCanceledException>(() => ScreeningRunner.Run(fake, store, null, 2, cts.Token));
        Assert.InRange(store.Count(), 1, 99_999);
        Assert.Equal(fake.Calls, store.Count());
    }

    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
