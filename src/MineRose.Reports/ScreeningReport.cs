using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using MineRose.Core.Screening;
using ScottPlot;

namespace MineRose.Reports;

/// <summary>The self-contained HTML report of a screening (<c>report.html</c>): counts, a map-style chart of the mines
/// (longitude and latitude, coloured by score), distributions of NPV, avoided CO₂ and jobs, the province table and the
/// design sheets of the top mines, with the data credit.</summary>
/// <remarks>Inline CSS, charts as embedded PNGs, no script: it opens offline. Every text from the inputs is HTML-encoded.</remarks>
public static class ScreeningReport
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private const string Style = """
        body{font-family:"DejaVu Sans",Arial,sans-serif;margin:2em auto;max-width:1000px;color:#222;line-height:1.4}
        h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.25em;border-bottom:1px solid #ccc;margin-top:2em}h3{font-size:1.05em}
        table{border-collapse:collapse;margin:.5em 0;font-size:.9em}th,td{border:1px solid #ddd;padding:3px 8px;vertical-align:top}
        th{background:#f3f3f3;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        img{max-width:100%;display:block;margin:.5em 0 1em}.meta{color:#555}
        """;

    /// <summary>Writes the report page.</summary>
    /// <param name="writer">Where the HTML goes (UTF-8 expected).</param>
    /// <param name="mines">The ranked mines (evaluated first, by rank).</param>
    /// <param name="counts">Headline counts by label (read, rejected, filtered out, evaluated, failed, resumed from store), in print order.</param>
    /// <param name="weights">The score weights.</param>
    /// <param name="credits">Data credits (GEM's when its data is used; the weather's).</param>
    /// <param name="top">How many design sheets to write.</param>
    /// <param name="rankingNote">How the mines are ranked (rule-based score, or the optimal re-run's), or null to leave it unsaid.</param>
    public static void Write(TextWriter writer, IReadOnlyList<RankedMine> mines, IReadOnlyList<(string Label, long Value)> counts,
        ScreeningWeights weights, IReadOnlyList<string> credits, int top, string? rankingNote = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(mines);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(credits);
        var ok = mines.Where(m => m.Result.Evaluated).ToList();
        writer.Write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>MineRose screening</title><style>");
        writer.Write(Style);
        writer.Write("</style></head><body>\n<h1>MineRose screening of candidate mines</h1>\n");
        writer.Write(F($"<p class=\"meta\">Score = weighted min–max of NPV (w = {weights.Npv:G3}), avoided CO₂ (w = {weights.Co2:G3}) and jobs (w = {weights.Jobs:G3}); rule-based dispatch, one simulated year per mine.</p>\n"));
        if (rankingNote is not null)
            writer.Write($"<p class=\"meta\">{H(rankingNote)}</p>\n");
        foreach (var c in credits)
            writer.Write($"<p class=\"meta\">Data: {H(c)}</p>\n");
        writer.Write("<table>");
        foreach (var (label, value) in counts)
            writer.Write(F($"<tr><th>{H(label)}</th><td class=\"n\">{value:N0}</td></tr>"));
        writer.Write("</table>\n");

        if (ok.Count > 0)
        {
            writer.Write("<h2>Where the mines are</h2>\n");
            Image(writer, MapChart(ok), "mines by longitude and latitude, coloured by score");
            writer.Write("<h2>Distributions</h2>\n");
            Image(writer, Histogram([.. ok.Select(m => m.Result.Kpi("npv_cny") / 1e6)], "NPV [M CNY]"), "NPV distribution");
            Image(writer, Histogram([.. ok.Select(m => m.Result.Kpi("co2_avoided_t"))], "Avoided CO₂ [t/a]"), "CO2 distribution");
            Image(writer, Histogram([.. ok.Select(m => m.Result.Kpi("jobs"))], "Jobs [persons]"), "jobs distribution");
        }

        writer.Write(F($"<h2>Top {Math.Min(top, ok.Count)} mines</h2>\n"));
        writer.Write("<table><tr><th>rank</th><th>mine</th><th>province</th><th>score</th><th>NPV [M CNY]</th><th>CO₂ avoided [t/a]</th><th>jobs</th><th>IRR</th><th>payback [a]</th></tr>");
        foreach (var m in ok.Take(top))
            writer.Write(F($"<tr><td class=\"n\">{m.Rank}</td><td>{H(m.Result.Name)} <span class=\"meta\">{H(m.Result.MineId)}</span></td><td>{H(m.Result.Province ?? "")}</td><td class=\"n\">{m.Score:F3}</td><td class=\"n\">{m.Result.Kpi("npv_cny") / 1e6:N1}</td><td class=\"n\">{N(m.Result.Kpi("co2_avoided_t"))}</td><td class=\"n\">{N(m.Result.Kpi("jobs"))}</td><td class=\"n\">{Pct(m.Result.Kpi("irr"))}</td><td class=\"n\">{N(m.Result.Kpi("payback_years"))}</td></tr>"));
        writer.Write("</table>\n");

        writer.Write("<h2>Design sheets of the top mines</h2>\n");
        foreach (var m in ok.Take(top))
            DesignSheet(writer, m);
        writer.Write("</body></html>\n");
    }

    private static void DesignSheet(TextWriter w, RankedMine m)
    {
        var r = m.Result;
        w.Write(F($"<h3>{m.Rank}. {H(r.Name)} {(r.NameNonEnglish is { } zh ? H(zh) : "")} <span class=\"meta\">({H(r.MineId)}, {H(r.Province ?? "")} {H(r.Prefecture ?? "")})</span></h3>\n"));
        w.Write("<table>");
        Row(w, "status · type · depth", F($"{r.Status} · {r.MineType} · {(r.DepthM is { } d ? d.ToString("N0", CultureInfo.InvariantCulture) + " m" : "unknown")}"));
        Row(w, "location", F($"{r.LatitudeDeg:F4} N, {r.LongitudeDeg:F4} E"));
        Row(w, "weather", F($"{r.WeatherStation}, {r.StationDistanceKm:N0} km ({r.WeatherKind})"));
        Row(w, "usable land", F($"{r.UsableLandHa:N1} ha"));
        Row(w, "PV", F($"{r.PvDcKw:N0} kWp"));
        Row(w, "greenhouses · heat pumps", F($"{r.GreenhouseAreaM2:N0} m² · {r.HeatPumpHeatingKw:N0} kW"));
        Row(w, "shaft pumped hydro", r.PumpedHydroKw > 0 ? F($"{r.PumpedHydroKw:N0} kW, {r.PumpedHydroKwh:N0} kWh, {r.ShaftHeadM:N0} m head") : "none");
        Row(w, "battery", r.BatteryKwh > 0 ? F($"{r.BatteryKwh:N0} kWh") : "none");
        foreach (var (key, label) in new[]
        {
            ("npv_cny", "NPV [CNY]"), ("irr", "IRR [-]"), ("payback_years", "payback [a]"), ("co2_avoided_t", "CO₂ avoided [t/a]"),
            ("jobs", "jobs"), ("land_restored_ha", "land restored [ha]"), ("rose_stems", "rose stems [/a]"), ("pv_ac_mwh", "PV AC [MWh/a]"),
            ("capex_cny", "capex [CNY]"), ("annual_profit_cny", "annual profit [CNY]"),
        })
            Row(w, label, N(r.Kpi(key)));
        Row(w, "flags", r.Flags.Count == 0 ? "none" : string.Join("; ", r.Flags));
        w.Write("</table>\n");
        if (m.Optimal is { } o)
            OptimalTable(w, m, o);
    }

    /// <summary>The mine's rule-based and optimal dispatch side by side (<c>--optimize-top N</c>).</summary>
    private static void OptimalTable(TextWriter w, RankedMine m, MineScreeningResult o)
    {
        var r = m.Result;
        if (!o.Evaluated)
        {
            w.Write($"<p class=\"meta\">Optimal dispatch: not available ({H(o.FailureReason ?? "no result")}).</p>\n");
            return;
        }
        w.Write("<table><tr><th>dispatch</th><th>rule-based</th><th>optimal</th></tr>");
        void Both(string label, double rule, double opt) => w.Write($"<tr><th>{H(label)}</th><td class=\"n\">{H(N(rule))}</td><td class=\"n\">{H(N(opt))}</td></tr>");
        Both("score [-]", m.Score, m.OptimalScore);
        Both("net energy cost [CNY/a]", r.Kpi("net_energy_cost_cny"), o.Kpi("net_energy_cost_cny"));
        Both("NPV [CNY]", r.Kpi("npv_cny"), o.Kpi("npv_cny"));
        Both("CO₂ avoided [t/a]", r.Kpi("co2_avoided_t"), o.Kpi("co2_avoided_t"));
        if (r.BatteryKwh > 0)
            Both("battery full cycles [/a]", o.Kpi("rule_based_battery_cycles"), o.Kpi("battery_cycles"));
        if (r.PumpedHydroKw > 0)
            Both("shaft storage full cycles [/a]", o.Kpi("rule_based_pumped_hydro_cycles"), o.Kpi("pumped_hydro_cycles"));
        w.Write("</table>\n");
        var mode = o.Flags.FirstOrDefault(f => f.StartsWith("optimal dispatch:", StringComparison.Ordinal));
        if (mode is not null)
            w.Write($"<p class=\"meta\">{H(mode)}</p>\n");
    }

    private static void Row(TextWriter w, string label, string value) => w.Write($"<tr><th>{H(label)}</th><td>{H(value)}</td></tr>");

    private static void Image(TextWriter w, byte[] png, string alt) =>
        w.Write($"<img alt=\"{H(alt)}\" src=\"data:image/png;base64,{Convert.ToBase64String(png)}\">\n");

    /// <summary>A map-style scatter: longitude against latitude, five score classes from dark (low) to bright (high).</summary>
    private static byte[] MapChart(IReadOnlyList<RankedMine> mines)
    {
        var plot = new Plot();
        var colormap = new ScottPlot.Colormaps.Viridis();
        for (int k = 0; k < 5; k++)
        {
            double lo = k / 5.0, hi = (k + 1) / 5.0;
            var group = mines.Where(m => m.Score >= lo && (m.Score < hi || (k == 4 && m.Score <= 1))).ToList();
            if (group.Count == 0)
                continue;
            double[] xs = [.. group.Select(m => m.Result.LongitudeDeg)];
            double[] ys = [.. group.Select(m => m.Result.LatitudeDeg)];
            var markers = plot.Add.Markers(xs, ys,
                MarkerShape.FilledCircle, 6, colormap.GetColor((k + 0.5) / 5));
            markers.LegendText = F($"score {lo:F1}–{hi:F1}");
        }
        plot.Axes.SquareUnits();
        plot.Title("Candidate mines coloured by score");
        plot.XLabel("Longitude [°E]");
        plot.YLabel("Latitude [°N]");
        plot.ShowLegend(Alignment.LowerRight);
        return ChartRenderer.Png(plot);
    }

    /// <summary>A histogram with 20 equal bins between the smallest and largest finite value.</summary>
    private static byte[] Histogram(double[] values, string label)
    {
        var finite = values.Where(double.IsFinite).ToArray();
        var plot = new Plot();
        if (finite.Length > 0)
        {
            double min = finite.Min(), max = finite.Max();
            const int bins = 20;
            double width = max > min ? (max - min) / bins : 1;
            var counts = new double[bins];
            foreach (var v in finite)
                counts[Math.Clamp((int)((v - min) / width), 0, bins - 1)]++;
            var bars = counts.Select((c, i) => new Bar { Position = min + (i + 0.5) * width, Value = c, Size = width * 0.95 }).ToArray();
            plot.Add.Bars(bars);
        }
        plot.Axes.Margins(bottom: 0);
        plot.XLabel(label);
        plot.YLabel("Mines");
        return ChartRenderer.Png(plot, 800, 300);
    }

    private static string N(double v) =>
        !double.IsFinite(v) ? "n/a"
        : Math.Abs(v) >= 100 ? v.ToString("N0", CultureInfo.InvariantCulture)
        : v.ToString("G4", CultureInfo.InvariantCulture);

    private static string Pct(double v) => double.IsFinite(v) ? v.ToString("P1", CultureInfo.InvariantCulture) : "n/a";

    private static string H(string text) => Encoder.Encode(text);

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
