using System.Text.RegularExpressions;
using MineRose.Core.Screening;

namespace MineRose.Reports.Tests;

/// <summary>The screening report: credit, counts, four PNG charts (map and three distributions) and one design sheet per top mine.</summary>
public sealed partial class ScreeningReportTests
{
    // PNG file signature, PNG specification (ISO/IEC 15948) §5.2.
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static RankedMine Mine(int rank, string id, double score, bool ok = true) => new(rank, score, new MineScreeningResult
    {
        MineId = id, Name = $"<{id}> mine", Province = "Shandong", Status = "Closed", MineType = "Underground", Source = "test",
        LatitudeDeg = 36 + rank * 0.1, LongitudeDeg = 117 + rank * 0.1, Evaluated = ok, PvDcKw = 1000 * rank,
        Kpis = ok ? new Dictionary<string, double> { ["npv_cny"] = 1e6 * rank, ["co2_avoided_t"] = 100 * rank, ["jobs"] = rank, ["irr"] = double.NaN } : new Dictionary<string, double>(),
        Flags = ["no shaft storage: depth unknown"],
    });

    [Fact]
    public void Report_carries_the_credit_the_charts_and_a_design_sheet_per_top_mine()
    {
        RankedMine[] mines = [Mine(1, "M1", 1), Mine(2, "M2", 0.6), Mine(3, "M3", 0), Mine(0, "M4", double.NaN, ok: false)];
        var w = new StringWriter();
        ScreeningReport.Write(w, mines, [("evaluated", 3), ("failed", 1)], new ScreeningWeights(), ["Global Energy Monitor, GCMT, CC BY 4.0"], top: 2);
        var html = w.ToString();
        Assert.Contains("Data: Global Energy Monitor, GCMT, CC BY 4.0", html, StringComparison.Ordinal);
        var images = ImageRegex().Matches(html).Select(m => Convert.FromBase64String(m.Groups[1].Value)).ToList();
        Assert.Equal(4, images.Count);
        Assert.All(images, png => Assert.Equal(PngSignature, png[..8]));
        // Two design sheets (top 2), names HTML-encoded, the third mine and the failed one not sheeted.
        Assert.Equal(2, Regex.Matches(html, "<h3>").Count);
        Assert.Contains("&lt;M1&gt; mine", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<M1>", html, StringComparison.Ordinal);
        Assert.Contains("no shaft storage: depth unknown", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"")]
    private static partial Regex ImageRegex();
}
