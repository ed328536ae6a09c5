using MineRose.IO.Screening;
using MineRose.TestSupport;

namespace MineRose.Cluster.Tests;

/// <summary>The real screening evaluator (park design and simulation per mine) and the real SQLite store, on the cluster.</summary>
public sealed class RealEvaluatorOnClusterTests
{
    [SharedDataFact]
    public async Task Shandong_mines_screened_on_three_silos_match_their_direct_evaluation_byte_for_byte()
    {
        // GEM's non-closed sheet, Shandong only (70 rows per shared/mines/SOURCES.md), the first 12 candidates.
        var job = new ScreeningJob
        {
            MineLists = [SharedData.PathOf("mines", "gcmt-1ways_non_closed_mines.csv")],
            Provinces = ["Shandong"],
            Limit = 12,
        }.ToJson();
        var direct = new MineEvaluatorFactory().Create(job);
        var path = Path.Combine(Path.GetTempPath(), $"minerose-cluster-{Guid.NewGuid():N}.sqlite");
        try
        {
            using (var store = new SqliteScreeningStore(path))
            {
                using var log = new CallLog();
                // Every silo builds its own evaluator from the job JSON, as separate machines would.
                await using (var cluster = await ScreeningTestCluster.StartAsync(3, store, log, evaluatorFactory: _ => new MineEvaluatorFactory()))
                {
                    var summary = await ClusterScreeningRun.RunAsync(cluster.Client, direct, job, store,
                        ScreeningTestCluster.FastOptions(2), null, ScreeningTestCluster.Deadline());
                    Assert.Equal(direct.MineIds.Count, summary.MineCount);
                }

                var records = store.Records(direct.DesignHash, direct.ModelVersion);
                Assert.Equal(direct.MineIds.Order(StringComparer.Ordinal), records.Select(r => r.Key.MineId));
                Assert.InRange(records.Count, 1, 12);
                foreach (var record in records)
                    Assert.Equal(direct.Evaluate(record.Key.MineId).PayloadJson, record.PayloadJson);
            }
        }
        finally
        {
            foreach (var file in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(path) + "*"))
                File.Delete(file);
        }
    }
}
