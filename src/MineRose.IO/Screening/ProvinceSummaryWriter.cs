using System.Globalization;
using MineRose.Core.Screening;

namespace MineRose.IO.Screening;

/// <summary>Writes provinces.csv: per province, the number of mines screened, evaluated and failed, the totals of PV, avoided
/// CO₂, NPV, jobs and stems over the evaluated mines, and the best-ranked mine.</summary>
public static class ProvinceSummaryWriter
{
    /// <summary>Column names.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "province", "mines", "evaluated", "failed", "pv_dc_mw", "co2_avoided_t", "npv_cny", "jobs", "rose_stems", "mean_score",
        "best_rank", "best_mine_id", "best_mine_name",
    ];

    /// <summary>Writes the summary, provinces by falling total NPV.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="mines">The ranked mines.</param>
    /// <param name="credit">Credit line written first as a '#' comment, or null.</param>
    public static void Write(TextWriter writer, IReadOnlyList<RankedMine> mines, string? credit)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(mines);
        if (credit is not null)
            writer.Write("# Data: " + credit + "\n");
        writer.Write(string.Join(',', Names) + "\n");
        var groups = mines.GroupBy(m => m.Result.Province ?? "(unknown)", StringComparer.Ordinal)
            .Select(g =>
            {
                var ok = g.Where(m => m.Result.Evaluated).ToList();
                double Sum(string key) => ok.Sum(m => Finite(m.Result.Kpi(key)));
                var best = ok.OrderBy(m => m.Rank).FirstOrDefault();
                return (Province: g.Key, Count: g.Count(), Ok: ok.Count, Pv: ok.Sum(m => m.Result.PvDcKw) / 1000,
                    Co2: Sum("co2_avoided_t"), Npv: Sum("npv_cny"), Jobs: Sum("jobs"), Stems: Sum("rose_stems"),
                    Mean: ok.Count > 0 ? ok.Average(m => m.Score) : double.NaN, Best: best);
            })
            .OrderByDescending(p => p.Npv).ThenBy(p => p.Province, StringComparer.Ordinal);
        foreach (var p in groups)
        {
            string[] cells =
            [
                RankedCsvWriter.Csv(p.Province), I(p.Count), I(p.Ok), I(p.Count - p.Ok), ScreeningColumns.N(p.Pv), ScreeningColumns.N(p.Co2),
                ScreeningColumns.N(p.Npv), ScreeningColumns.N(p.Jobs), ScreeningColumns.N(p.Stems), ScreeningColumns.N(p.Mean),
                p.Best is null ? "" : I(p.Best.Rank), RankedCsvWriter.Csv(p.Best?.Result.MineId ?? ""), RankedCsvWriter.Csv(p.Best?.Result.Name ?? ""),
            ];
            writer.Write(string.Join(',', cells) + "\n");
        }
    }

    private static double Finite(double v) => double.IsFinite(v) ? v : 0;

    private static string I(int v) => v.ToString(CultureInfo.InvariantCulture);
}
