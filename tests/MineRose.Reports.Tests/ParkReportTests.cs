using System.Buffers.Binary;
using System.Text.RegularExpressions;
using MineRose.Core.Park;

namespace MineRose.Reports.Tests;

public sealed partial class ParkReportTests
{
    // PNG file signature, PNG specification (ISO/IEC 15948) §5.2.
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static string Html(ParkYear year) => ParkReport.ToHtml(
        year, HandBuiltPark.Kpis(year), HandBuiltPark.Reconciliation, HandBuiltPark.CashFlow(), HandBuiltPark.Carbon());

    private static List<byte[]> Images(string html) =>
        ImageRegex().Matches(html).Select(m => Convert.FromBase64String(m.Groups[1].Value)).ToList();

    [Fact]
    public void Hand_built_ledger_balances_on_the_electric_bus()
    {
        var l = HandBuiltPark.Year().Ledger;
        for (int i = 0; i < l.Grid.Count; i++)
        {
            double sources = l.PvAcKw[i] + l.GridImportKw[i] + l.BatteryDischargeKw[i];
            double uses = l.LoadKw(i) + l.BatteryChargeKw[i] + l.GridExportKw[i];
            Assert.Equal(sources, uses, 9);
        }
    }

    [Fact]
    public void Report_lists_every_kpi_key_with_its_label_and_rounded_value()
    {
        var year = HandBuiltPark.Year();
        string html = Html(year);
        foreach (var kpi in HandBuiltPark.Kpis(year))
        {
            Assert.Contains($"<code>{kpi.Key}</code>", html, StringComparison.Ordinal);
            Assert.Contains(kpi.Label, html, StringComparison.Ordinal);
        }

        Assert.Contains(">12,345,679<", html, StringComparison.Ordinal); // capex rounded to whole yuan
        Assert.Contains(">n/a<", html, StringComparison.Ordinal); // undefined IRR
    }

    [Fact]
    public void Report_lists_every_reconciliation_row_with_its_gap()
    {
        string html = Html(HandBuiltPark.Year());
        Assert.Contains("CO₂ cut", html, StringComparison.Ordinal);
        Assert.Contains("Rose stems", html, StringComparison.Ordinal);
        // (8000 − 9400)/9400 = −14.89 %; (30 − 36)/36 = −16.67 %.
        Assert.Contains(">−14.9 %<", html, StringComparison.Ordinal);
        Assert.Contains(">−16.7 %<", html, StringComparison.Ordinal);
        Assert.Contains("grid factor 0.641 t/MWh &lt; 0.8 used by the press", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_prints_each_co2_part_with_its_factor()
    {
        string html = Html(HandBuiltPark.Year());
        var carbon = HandBuiltPark.Carbon();
        foreach (var part in new[] { carbon.PvUsedOnSite, carbon.Exports, carbon.HeatPumpHeatBaseline, carbon.HeatPumpElectricity, carbon.Imports })
        {
            Assert.Contains(System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All).Encode(part.Factor.Label), html, StringComparison.Ordinal);
        }

        // 100 MWh × 0.6410 t/MWh = 64.1 t, PV used on site with the Shandong 2022 factor.
        Assert.Contains(">64.1<", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_embeds_six_charts_as_valid_png_images()
    {
        string html = Html(HandBuiltPark.Year());
        var images = Images(html);
        Assert.Equal(6, images.Count);
        foreach (var png in images)
        {
            Assert.Equal(PngSignature, png[..8]);
            // IHDR width and height, big-endian at bytes 16 and 20 (PNG specification §11.2.2).
            Assert.Equal(ChartRenderer.WidthPx, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
            Assert.Equal(ChartRenderer.HeightPx, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
        }
    }

    [Fact]
    public void Report_is_self_contained_without_script_or_external_resources()
    {
        string html = Html(HandBuiltPark.Year());
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_tags_are_balanced()
    {
        string html = Html(HandBuiltPark.Year());
        var stack = new Stack<string>();
        string[] voidElements = ["meta", "br", "img"];
        foreach (Match m in TagRegex().Matches(html))
        {
            string name = m.Groups[2].Value.ToLowerInvariant();
            if (voidElements.Contains(name))
                continue;
            if (m.Groups[1].Value == "/")
                Assert.Equal(name, stack.Pop());
            else
                stack.Push(name);
        }

        Assert.Empty(stack);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Scenario_name_with_a_script_tag_appears_escaped()
    {
        string html = Html(HandBuiltPark.Year(name: "Evil <script>alert('x')</script> & co"));
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("Evil &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; co", html, StringComparison.Ordinal);
        Assert.Contains("hand-built test weather &lt;none&gt;", html, StringComparison.Ordinal);
        Assert.Contains("a warning &amp; more", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Park_without_storage_says_so_instead_of_drawing_an_empty_chart()
    {
        string html = Html(HandBuiltPark.Year(battery: false));
        Assert.Contains("No storage", html, StringComparison.Ordinal);
        Assert.Equal(5, Images(html).Count);
    }

    [Fact]
    public void Park_without_greenhouses_says_so_instead_of_drawing_an_empty_chart()
    {
        string html = Html(HandBuiltPark.Year(greenhouses: false));
        Assert.Contains("No greenhouses", html, StringComparison.Ordinal);
        Assert.Equal(5, Images(html).Count);
    }

    [Fact]
    public void Cash_flow_table_has_one_row_per_project_year_with_the_net_in_millions()
    {
        string html = Html(HandBuiltPark.Year());
        int start = html.IndexOf("<th>Year</th>", StringComparison.Ordinal);
        string table = html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
        // Years 0..5 (the slice starts inside the header row).
        Assert.Equal(6, table.Split("<tr>").Length - 1);
        // Year 0: −1,000,000 CNY capex; year 1: +300,000 CNY revenue, discounted by 1.06 → 0.283019 M.
        Assert.Contains(">−1.000<", table, StringComparison.Ordinal);
        Assert.Contains(">0.283<", table, StringComparison.Ordinal);
        Assert.Contains(">0.9434<", table, StringComparison.Ordinal); // 1/1.06
    }

    [Fact]
    public void Report_names_the_scenario_weather_and_model_version()
    {
        string html = Html(HandBuiltPark.Year(name: "Dakuishan phase I"));
        Assert.Contains("<h1>Dakuishan phase I</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Weather: hand-built test weather", html, StringComparison.Ordinal);
        Assert.Contains("Model: MineRose.Core ", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"")]
    private static partial Regex ImageRegex();

    [GeneratedRegex("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>")]
    private static partial Regex TagRegex();
}
