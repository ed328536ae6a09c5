using System.Buffers.Binary;
using System.Text.RegularExpressions;

namespace MineRose.Reports.Tests;

public sealed partial class TornadoChartTests
{
    private static ReportTornado Tornado() => new(
        "NPV sensitivity, ±20 %", "NPV [M CNY]", 10e6,
        [
            new("Rose price", "0.66 CNY/stem", "0.98 CNY/stem", 4e6, 16e6),
            new("PV capex <slopes>", "2,124 CNY/kWp", "3,186 CNY/kWp", 11e6, 9e6, "re-evaluated on the base ledger"),
            new("Labour cost", "48,000 CNY/yr", "72,000 CNY/yr", 10e6, 10e6),
        ],
        ["One parameter at a time."]);

    [Fact]
    public void Tornado_renders_a_png_as_wide_as_the_other_charts_and_tall_enough_for_its_rows()
    {
        var png = TornadoChart.Png(Tornado());
        // PNG signature (ISO/IEC 15948 §5.2), then IHDR width and height big-endian at bytes 16 and 20 (§11.2.2).
        Assert.Equal([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        Assert.Equal(ChartRenderer.WidthPx, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        Assert.Equal(ChartRenderer.HeightPx, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    [Fact]
    public void Report_with_a_tornado_adds_a_sensitivity_section_with_one_more_chart_and_the_swings()
    {
        var year = HandBuiltPark.Year();
        string Html(ReportTornado? t) => ParkReport.ToHtml(
            year, HandBuiltPark.Kpis(year), HandBuiltPark.Reconciliation, HandBuiltPark.CashFlow(), HandBuiltPark.Carbon(), sensitivity: t);

        string without = Html(null), with = Html(Tornado());
        Assert.DoesNotContain("<h2>Sensitivity</h2>", without, StringComparison.Ordinal);
        Assert.Contains("<h2>Sensitivity</h2>", with, StringComparison.Ordinal);
        Assert.Equal(ImageRegex().Count(without) + 1, ImageRegex().Count(with));
        // Swings |high − low|: 12.00, 2.00 and 0.00 M CNY; input text is encoded.
        Assert.Contains(">12.00<", with, StringComparison.Ordinal);
        Assert.Contains(">2.00<", with, StringComparison.Ordinal);
        Assert.Contains("PV capex &lt;slopes&gt;", with, StringComparison.Ordinal);
        Assert.Contains("Base: 10.00 M CNY. One parameter at a time.", with, StringComparison.Ordinal);
    }

    [GeneratedRegex("<img alt=\"[^\"]*\" src=\"data:image/png;base64,")]
    private static partial Regex ImageRegex();
}
