using System.Globalization;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using MineRose.Core.Carbon;
using MineRose.Core.Economics;
using MineRose.Core.Park;

namespace MineRose.Reports;

/// <summary>The self-contained HTML report of one simulated park year (<c>report.html</c>): headline, KPI and reconciliation
/// tables, the CO₂ account with its factors, six charts as embedded PNGs and the cash-flow table.</summary>
/// <remarks>The page has inline CSS and no script or external resource, so it opens offline and can be mailed as one file.
/// Every text that comes from the inputs is HTML-encoded.</remarks>
public static class ParkReport
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private const string Style = """
        body{font-family:"DejaVu Sans",Arial,sans-serif;margin:2em auto;max-width:1000px;color:#222;line-height:1.4}
        h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.25em;border-bottom:1px solid #ccc;margin-top:2em}
        table{border-collapse:collapse;margin:.5em 0;font-size:.9em}th,td{border:1px solid #ddd;padding:3px 8px;vertical-align:top}
        th{background:#f3f3f3;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        code{font-size:.9em;color:#555}img{max-width:100%;display:block;margin:.5em 0 1em}.meta{color:#555}.none{font-style:italic;color:#555}
        """;

    /// <summary>Writes the report page.</summary>
    /// <param name="writer">Where the HTML goes (UTF-8 expected).</param>
    /// <param name="year">The simulated year.</param>
    /// <param name="kpis">The KPIs, in print order.</param>
    /// <param name="reconciliation">Published figures set against the model.</param>
    /// <param name="cashFlow">The project's cash-flow table.</param>
    /// <param name="carbon">The CO₂ account of the year.</param>
    /// <param name="extra">An extra section written after the key figures (e.g. the optimal dispatch), or null.</param>
    /// <param name="sensitivity">A tornado of the NPV for a sensitivity section at the end, or null for none.</param>
    /// <param name="tables">Extra tables (e.g. a sizing result) printed before the sensitivity section, or null for none.</param>
    public static void Write(
        TextWriter writer, ParkYear year, IReadOnlyList<KpiValue> kpis, IReadOnlyList<ReconciliationRow> reconciliation,
        CashFlowTable cashFlow, CarbonBalance carbon, ReportSection? extra = null, ReportTornado? sensitivity = null,
        IReadOnlyList<ReportTable>? tables = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(year);
        ArgumentNullException.ThrowIfNull(kpis);
        ArgumentNullException.ThrowIfNull(reconciliation);
        ArgumentNullException.ThrowIfNull(cashFlow);
        ArgumentNullException.ThrowIfNull(carbon);

        var design = year.Design;
        var ledger = year.Ledger;
        double offset = design.Site.UtcOffsetHours;
        writer.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
        writer.Write(E("MineRose report: " + design.Name));
        writer.Write("</title>\n<style>");
        writer.Write(Style);
        writer.Write("</style>\n</head>\n<body>\n");

        WriteHeader(writer, year, offset);
        WriteKpis(writer, kpis);
        if (extra is not null)
            WriteSection(writer, extra);
        WriteReconciliation(writer, reconciliation);
        WriteCarbon(writer, carbon);

        writer.Write("<h2>Monthly energy</h2>\n");
        Image(writer, ChartRenderer.MonthlyEnergyBars(MonthlyEnergy.Of(ledger, offset)), "Monthly electric energy [MWh]");

        writer.Write("<h2>Typical weeks</h2>\n");
        WriteWeek(writer, ledger, offset, 1, 15, "Winter week");
        WriteWeek(writer, ledger, offset, 7, 15, "Summer week");

        writer.Write("<h2>Storage level</h2>\n");
        bool hasBattery = design.Battery is not null, hasPumpedHydro = design.PumpedHydro is not null;
        if (hasBattery || hasPumpedHydro)
            Image(writer, ChartRenderer.StorageLevel(ledger, offset, hasBattery, hasPumpedHydro), "Storage level over the year");
        else
            writer.Write("<p class=\"none\">No storage: this park has neither a battery nor shaft pumped hydro.</p>\n");

        writer.Write("<h2>Greenhouse climate and heat demand</h2>\n");
        if (design.Greenhouses is not null)
        {
            var grid = ledger.Grid;
            Image(writer, ChartRenderer.GreenhouseClimate(
                DailyStatistics.Of(grid, ledger.GreenhouseTemperatureC, offset),
                DailyStatistics.Of(grid, ledger.HeatingDemandKw, offset),
                DailyStatistics.Of(grid, ledger.CoolingDemandKw, offset)), "Greenhouse temperature and heat demand, daily");
        }
        else
        {
            writer.Write("<p class=\"none\">No greenhouses: this park grows no roses under glass.</p>\n");
        }

        writer.Write("<h2>Cash flow</h2>\n");
        Image(writer, ChartRenderer.CashFlow(cashFlow), "Cash flow over the project life");
        WriteCashFlowTable(writer, cashFlow);
        foreach (var table in tables ?? [])
            WriteTable(writer, table);
        if (sensitivity is not null)
            WriteSensitivity(writer, sensitivity);
        writer.Write("</body>\n</html>\n");
    }

    /// <summary>The report page as a string (see <see cref="Write"/>).</summary>
    /// <param name="year">The simulated year.</param>
    /// <param name="kpis">The KPIs, in print order.</param>
    /// <param name="reconciliation">Published figures set against the model.</param>
    /// <param name="cashFlow">The project's cash-flow table.</param>
    /// <param name="carbon">The CO₂ account of the year.</param>
    /// <param name="extra">An extra section written after the key figures (e.g. the optimal dispatch), or null.</param>
    /// <param name="sensitivity">A tornado of the NPV for a sensitivity section at the end, or null for none.</param>
    /// <param name="tables">Extra tables (e.g. a sizing result) printed before the sensitivity section, or null for none.</param>
    public static string ToHtml(
        ParkYear year, IReadOnlyList<KpiValue> kpis, IReadOnlyList<ReconciliationRow> reconciliation, CashFlowTable cashFlow, CarbonBalance carbon,
        ReportSection? extra = null, ReportTornado? sensitivity = null, IReadOnlyList<ReportTable>? tables = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(writer, year, kpis, reconciliation, cashFlow, carbon, extra, sensitivity, tables);
        return writer.ToString();
    }

    private static void WriteHeader(TextWriter w, ParkYear year, double offset)
    {
        var design = year.Design;
        var site = design.Site;
        var grid = year.Ledger.Grid;
        var from = LocalCalendar.StartLocal(grid, 0, offset);
        var to = LocalCalendar.StartLocal(grid, grid.Count, offset);
        w.Write("<h1>");
        w.Write(E(design.Name));
        w.Write("</h1>\n<p class=\"meta\">");
        w.Write(E(string.Create(CultureInfo.InvariantCulture,
            $"Site: {site.Name} ({site.LatitudeDeg:0.0000}°, {site.LongitudeDeg:0.0000}°, {site.ElevationM:0} m, UTC{offset:+0.##;-0.##}). ")));
        w.Write(E(string.Create(CultureInfo.InvariantCulture,
            $"Period: {from:yyyy-MM-dd HH:mm} to {to:yyyy-MM-dd HH:mm} local standard time, {grid.Count} steps of {grid.StepHours:0.###} h.")));
        w.Write("<br>\nWeather: ");
        w.Write(E(year.WeatherSource));
        w.Write("<br>\nModel: ");
        w.Write(E(ModelVersion()));
        w.Write("</p>\n");
        if (year.Warnings.Count > 0)
        {
            w.Write("<p><strong>Warnings</strong></p>\n<ul>\n");
            foreach (var warning in year.Warnings)
            {
                w.Write("<li>");
                w.Write(E(warning));
                w.Write("</li>\n");
            }

            w.Write("</ul>\n");
        }
    }

    private static void WriteKpis(TextWriter w, IReadOnlyList<KpiValue> kpis)
    {
        w.Write("<h2>Key figures</h2>\n<table>\n<tr><th>Figure</th><th>Value</th><th>Key (unit in the name)</th></tr>\n");
        foreach (var kpi in kpis)
        {
            w.Write("<tr><td>");
            w.Write(E(kpi.Label));
            w.Write("</td><td class=\"n\">");
            w.Write(E(NumberText.Sensible(kpi.Value)));
            w.Write("</td><td><code>");
            w.Write(E(kpi.Key));
            w.Write("</code></td></tr>\n");
        }

        w.Write("</table>\n");
    }

    private static void WriteSection(TextWriter w, ReportSection section)
    {
        w.Write("<h2>");
        w.Write(E(section.Title));
        w.Write("</h2>\n<p>");
        w.Write(E(section.Intro));
        w.Write("</p>\n");
        // The first column names the row; every other cell is a figure.
        WriteGrid(w, section.Header, section.Rows, (column, _) => column > 0);
    }

    /// <summary>A table of text cells, HTML-encoded, with the cells <paramref name="rightAligned"/> picks set as figures.</summary>
    private static void WriteGrid(TextWriter w, IReadOnlyList<string> header, IReadOnlyList<IReadOnlyList<string>> rows, Func<int, string, bool> rightAligned)
    {
        w.Write("<table>\n<tr>");
        foreach (var h in header)
        {
            w.Write("<th>");
            w.Write(E(h));
            w.Write("</th>");
        }
        w.Write("</tr>\n");
        foreach (var row in rows)
        {
            w.Write("<tr>");
            for (int c = 0; c < row.Count; c++)
            {
                w.Write(rightAligned(c, row[c]) ? "<td class=\"n\">" : "<td>");
                w.Write(E(row[c]));
                w.Write("</td>");
            }
            w.Write("</tr>\n");
        }
        w.Write("</table>\n");
    }

    private static void WriteReconciliation(TextWriter w, IReadOnlyList<ReconciliationRow> rows)
    {
        w.Write("<h2>Published figures against the model</h2>\n");
        if (rows.Count == 0)
        {
            w.Write("<p class=\"none\">No published figures to reconcile for this park.</p>\n");
            return;
        }

        w.Write("<table>\n<tr><th>Figure</th><th>Unit</th><th>Published</th><th>Modelled</th><th>Gap</th><th>Explanation</th></tr>\n");
        foreach (var row in rows)
        {
            w.Write("<tr><td>");
            w.Write(E(row.Figure));
            w.Write("</td><td>");
            w.Write(E(row.Unit));
            w.Write("</td><td class=\"n\">");
            w.Write(E(NumberText.Sensible(row.Published)));
            w.Write("</td><td class=\"n\">");
            w.Write(E(NumberText.Sensible(row.Modelled)));
            w.Write("</td><td class=\"n\">");
            w.Write(E(NumberText.SignedPercent(row.RelativeGap)));
            w.Write("</td><td>");
            w.Write(E(row.Explanation));
            w.Write("</td></tr>\n");
        }

        w.Write("</table>\n");
    }

    private static void WriteCarbon(TextWriter w, CarbonBalance carbon)
    {
        w.Write("<h2>CO₂ account</h2>\n<table>\n<tr><th>Part</th><th>Energy [MWh]</th><th>Factor</th><th>CO₂ [t]</th></tr>\n");
        foreach (var part in new[] { carbon.PvUsedOnSite, carbon.Exports, carbon.HeatPumpHeatBaseline, carbon.HeatPumpElectricity, carbon.Imports })
        {
            w.Write("<tr><td>");
            w.Write(E(part.Name));
            w.Write("</td><td class=\"n\">");
            w.Write(E(NumberText.Sensible(part.EnergyMwh)));
            w.Write("</td><td>");
            w.Write(E(part.Factor.Label));
            w.Write("</td><td class=\"n\">");
            w.Write(E(NumberText.Sensible(part.TonnesCo2)));
            w.Write("</td></tr>\n");
        }

        w.Write("</table>\n<p>");
        w.Write(E(string.Create(CultureInfo.InvariantCulture,
            $"Avoided by the heat pumps (baseline heat − their electricity): {NumberText.Sensible(carbon.AvoidedByHeatPumpsTonnesCo2)} t CO₂. ")));
        w.Write("<strong>");
        w.Write(E($"Net avoided (PV used on site + exports + heat pumps): {NumberText.Sensible(carbon.NetAvoidedTonnesCo2)} t CO₂."));
        w.Write("</strong> ");
        w.Write(E($"Emitted by imports, shown apart and not subtracted again: {NumberText.Sensible(carbon.EmittedByImportsTonnesCo2)} t CO₂."));
        w.Write("</p>\n");
    }

    private static void WriteWeek(TextWriter w, ParkLedger ledger, double offset, int month, int day, string name)
    {
        var window = WeekWindow.Around(ledger.Grid, offset, month, day);
        var from = LocalCalendar.StartLocal(ledger.Grid, window.StartIndex, offset);
        var to = LocalCalendar.StartLocal(ledger.Grid, window.StartIndex + window.Count, offset);
        string title = string.Create(CultureInfo.InvariantCulture, $"{name}: power flows, {from:yyyy-MM-dd HH:mm} to {to:yyyy-MM-dd HH:mm}");
        Image(w, ChartRenderer.PowerWeek(ledger, window, offset, title), title);
    }

    private static void WriteCashFlowTable(TextWriter w, CashFlowTable cashFlow)
    {
        w.Write("<table>\n<tr><th>Year</th><th>Revenue [M CNY]</th><th>Operating cost [M CNY]</th><th>Capital cost [M CNY]</th>"
            + "<th>Residual value [M CNY]</th><th>Net [M CNY]</th><th>Cumulative net [M CNY]</th><th>Discount factor [—]</th>"
            + "<th>Discounted net [M CNY]</th><th>Cumulative discounted [M CNY]</th></tr>\n");
        foreach (var row in cashFlow.Years)
        {
            w.Write("<tr><td class=\"n\">");
            w.Write(row.Year.ToString(CultureInfo.InvariantCulture));
            foreach (double cny in new[] { row.RevenueCny, row.OperatingCostCny, row.CapitalCostCny, row.ResidualValueCny, row.NetCny, row.CumulativeNetCny })
                Cell(w, NumberText.MillionCny(cny));
            Cell(w, row.DiscountFactor.ToString("0.0000", CultureInfo.InvariantCulture));
            Cell(w, NumberText.MillionCny(row.DiscountedNetCny));
            Cell(w, NumberText.MillionCny(row.CumulativeDiscountedNetCny));
            w.Write("</td></tr>\n");
        }

        w.Write("</table>\n");
    }

    private static void Cell(TextWriter w, string text)
    {
        w.Write("</td><td class=\"n\">");
        w.Write(E(text));
    }

    private static void Image(TextWriter w, byte[] png, string alt)
    {
        w.Write("<img alt=\"");
        w.Write(E(alt));
        w.Write("\" src=\"data:image/png;base64,");
        w.Write(Convert.ToBase64String(png));
        w.Write("\">\n");
    }

    private static void WriteTable(TextWriter w, ReportTable table)
    {
        w.Write("<h2>");
        w.Write(E(table.Heading));
        w.Write("</h2>\n");
        WriteGrid(w, table.Columns, table.Rows, (_, cell) => LooksNumeric(cell));
        foreach (var note in table.Notes)
        {
            w.Write("<p class=\"meta\">");
            w.Write(E(note));
            w.Write("</p>\n");
        }
    }

    private static bool LooksNumeric(string cell) =>
        cell.Length > 0 && (char.IsDigit(cell[0]) || cell[0] is '-' or '−' or '+') && cell.Any(char.IsDigit);

    private static void WriteSensitivity(TextWriter w, ReportTornado tornado)
    {
        w.Write("<h2>Sensitivity</h2>\n");
        if (tornado.Rows.Count == 0)
        {
            w.Write("<p class=\"none\">No parameter was varied.</p>\n");
            return;
        }

        Image(w, TornadoChart.Png(tornado), tornado.Title);
        w.Write("<table>\n<tr><th>Parameter</th><th>Low case</th><th>High case</th><th>");
        w.Write(E(tornado.Measure));
        w.Write(", low</th><th>");
        w.Write(E(tornado.Measure));
        w.Write(", high</th><th>Swing</th><th>Note</th></tr>\n");
        foreach (var row in tornado.Rows)
        {
            w.Write("<tr><td>");
            w.Write(E(row.Label));
            w.Write("</td><td>");
            w.Write(E(row.LowCaption));
            w.Write("</td><td>");
            w.Write(E(row.HighCaption));
            w.Write(string.Create(CultureInfo.InvariantCulture,
                $"</td><td class=\"n\">{row.LowCaseCny / 1e6:0.00}</td><td class=\"n\">{row.HighCaseCny / 1e6:0.00}</td><td class=\"n\">{row.SwingCny / 1e6:0.00}</td><td>"));
            w.Write(E(row.Note));
            w.Write("</td></tr>\n");
        }

        w.Write(string.Create(CultureInfo.InvariantCulture, $"</table>\n<p class=\"meta\">Base: {tornado.BaseCny / 1e6:0.00} M CNY."));
        foreach (var note in tornado.Notes)
        {
            w.Write(' ');
            w.Write(E(note));
        }

        w.Write("</p>\n");
    }

    private static string ModelVersion()
    {
        var assembly = typeof(ParkLedger).Assembly;
        string version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString() ?? "unknown";
        return $"MineRose.Core {version}";
    }

    private static string E(string text) => Encoder.Encode(text);
}
