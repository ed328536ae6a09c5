using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using MineRose.Core.Park;
using MineRose.Core.Pv;
using MineRose.Core.Solar;
using MineRose.Core.Weather;
using MineRose.IO.Results;
using MineRose.IO.Scenarios;
using MineRose.Optimization.Sensitivity;
using MineRose.Optimization.Sizing;
using MineRose.Reports;
using Spectre.Console;

namespace MineRose.Cli.Commands;

/// <summary>The sizing half of <c>minerose optimize SCENARIO --sizing [--days K] [--full-year] [--sensitivity] [--out DIR]</c>:
/// sizes the park for the least annualised cost, simulates and evaluates the sized design like <c>simulate</c>, and writes
/// summary.json, hourly.csv, report.html (with the sizing table) and sizing.json. <c>--sensitivity</c> adds the NPV tornado.</summary>
internal static class SizingCommand
{
    /// <summary>The options this half adds to the optimize command.</summary>
    internal sealed record SizingOptionSet(Option<bool> Sizing, Option<int> Days, Option<bool> FullYear, Option<bool> Sensitivity);

    /// <summary>Adds <c>--sizing</c>, <c>--days</c>, <c>--full-year</c> and <c>--sensitivity</c> to a command.</summary>
    public static SizingOptionSet AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var set = new SizingOptionSet(
            new Option<bool>("--sizing") { Description = "Size PV, battery, shaft-storage units and heat pumps for the least annualised cost." },
            new Option<int>("--days") { Description = "Representative days for sizing (k-medoids; the peak heating day is added).", DefaultValueFactory = _ => 12 },
            new Option<bool>("--full-year") { Description = "Size over the full chronological year too and show the representative-day error against it (slow: minutes)." },
            new Option<bool>("--sensitivity") { Description = "Add a tornado of NPV against ±20 % changes of the main prices and costs." });
        command.Add(set.Sizing);
        command.Add(set.Days);
        command.Add(set.FullYear);
        command.Add(set.Sensitivity);
        return set;
    }

    /// <summary>The optimize command's hook: runs the sizing with the values of <paramref name="set"/> parsed from the command line.</summary>
    public static int Execute(ParseResult parse, SizingOptionSet set, FileInfo scenarioFile, FileInfo? weatherFile, DirectoryInfo? outDir, bool json)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(set);
        return Execute(scenarioFile, weatherFile, outDir, json, parse.GetValue(set.Days), parse.GetValue(set.FullYear), parse.GetValue(set.Sensitivity));
    }

    /// <summary>Runs the sizing and writes its outputs; returns the exit code.</summary>
    public static int Execute(FileInfo scenarioFile, FileInfo? weatherFile, DirectoryInfo? outDir, bool json, int days, bool fullYear, bool sensitivity)
    {
        ArgumentNullException.ThrowIfNull(scenarioFile);
        var dayOptions = new SizingOptions { RepresentativeDays = days }.Validated();
        var scenario = ScenarioLoader.Load(scenarioFile.FullName);
        var weather = WeatherResampling.ToStep(ParkOutputs.LoadWeather(scenario, weatherFile), scenario.TimeStepMinutes);
        var sun = PvChain.SunPathFor(SolarEphemeris.For(weather.Grid), scenario.Design.Site, weather);
        var baseline = ParkSimulator.SimulateYear(scenario.Design, weather, sun);

        var byDays = CapacitySizing.MinimiseAnnualisedCost(baseline, dayOptions);
        var chosenOptions = fullYear ? dayOptions with { FullYear = true } : dayOptions;
        var sized = fullYear ? CapacitySizing.MinimiseAnnualisedCost(baseline, chosenOptions) : byDays;
        var shipped = CapacitySizing.AnnualisedCostOfDesign(baseline, chosenOptions);

        var sizedYear = ParkSimulator.SimulateYear(sized.SizedDesign, weather, sun);
        var result = ParkEvaluation.Evaluate(sizedYear, scenario.Published);
        var tornado = sensitivity ? Tornado.OneAtATime(sizedYear, d => ParkSimulator.SimulateYear(d, weather, sun)) : null;
        var tables = Tables(shipped, sized, fullYear ? byDays : null, baseline);

        var dir = outDir ?? new DirectoryInfo(Path.Combine("out", Path.GetFileNameWithoutExtension(scenarioFile.Name) + "-sized"));
        dir.Create();
        var summary = new StringWriter(CultureInfo.InvariantCulture);
        SummaryJsonWriter.Write(summary, result);
        OutputFile.Write(new FileInfo(Path.Combine(dir.FullName, "hourly.csv")), w => HourlyCsvWriter.Write(w, sizedYear.Ledger));
        OutputFile.Write(new FileInfo(Path.Combine(dir.FullName, "report.html")),
            w => ParkReport.Write(w, sizedYear, result.Kpis, result.Reconciliation, result.CashFlow, result.Carbon,
                sensitivity: tornado is null ? null : SensitivityReport.ToReport(tornado), tables: tables));
        OutputFile.Write(new FileInfo(Path.Combine(dir.FullName, "summary.json")), w => w.Write(summary.ToString()));
        OutputFile.Write(new FileInfo(Path.Combine(dir.FullName, "sizing.json")), w => w.Write(SizingJson(shipped, sized, byDays, fullYear, tornado)));

        if (json)
        {
            Console.WriteLine(summary.ToString());
            return ExitCodes.Success;
        }

        RenderKpis(result, dir);
        foreach (var table in tables)
        {
            var t = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(table.Heading)).AddColumns(table.Columns.Select(Markup.Escape).ToArray());
            foreach (var row in table.Rows)
                t.AddRow(row.Select(Markup.Escape).ToArray());
            AnsiConsole.Write(t);
            foreach (var note in table.Notes)
                AnsiConsole.MarkupLine(Markup.Escape(note));
        }

        if (tornado is not null)
            SensitivityReport.Render(tornado);
        return ExitCodes.Success;
    }

    private static void RenderKpis(ParkResult result, DirectoryInfo dir)
    {
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(result.Year.Design.Name)}[/]");
        var table = new Table().Border(TableBorder.Rounded).AddColumns("KPI of the sized design", "value", "key");
        foreach (var k in result.Kpis)
        {
            string value = double.IsNaN(k.Value) ? "n/a" : k.Value.ToString(Math.Abs(k.Value) >= 1000 ? "N0" : "G4", CultureInfo.InvariantCulture);
            table.AddRow(Markup.Escape(k.Label), value, Markup.Escape(k.Key));
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine(Markup.Escape($"wrote {Path.Combine(dir.FullName, "summary.json")}, hourly.csv, report.html and sizing.json"));
    }

    private static IReadOnlyList<ReportTable> Tables(SizingResult shipped, SizingResult sized, SizingResult? byDays, ParkYear baseline)
    {
        static string N(double x) => (Math.Abs(x) < 0.5 ? 0 : x).ToString("#,0", CultureInfo.InvariantCulture); // no "-0"
        static string P(double x) => double.IsNaN(x) ? "n/a" : x.ToString("+0.0%;-0.0%;0.0%", CultureInfo.InvariantCulture);
        string mode = sized.Days is { } d ? string.Create(CultureInfo.InvariantCulture, $"{d.Days.Count} representative days") : "the full year";
        var columns = byDays is null
            ? new[] { "quantity", "shipped design", "sized" }
            : ["quantity", "shipped design", "sized, full year", string.Create(CultureInfo.InvariantCulture, $"sized, {byDays.Days!.Days.Count} days"), "days vs full year"];
        (string Name, Func<SizingResult, double> Of)[] quantities =
        [
            ("PV [kWp]", r => r.Capacities.PvKw), ("battery energy [kWh]", r => r.Capacities.BatteryEnergyKwh),
            ("battery power [kW]", r => r.Capacities.BatteryPowerKw), ("shaft-storage units [—]", r => r.Capacities.ShaftUnits),
            ("shaft-storage generating [kW]", r => r.Capacities.ShaftGeneratingKw), ("heat-pump heating [kW]", r => r.Capacities.HeatPumpKw),
            ("annualised capex + fixed O&M [CNY/yr]", r => r.CapitalAndFixedCny), ("energy, fuel, wear, penalties [CNY/yr]", r => r.OperatingCny),
            ("annualised cost [CNY/yr]", r => r.AnnualisedCostCny),
        ];
        var rows = new List<IReadOnlyList<string>>();
        foreach (var (name, of) in quantities)
        {
            var row = new List<string> { name, N(of(shipped)), N(of(sized)) };
            if (byDays is not null)
            {
                double full = of(sized), approx = of(byDays);
                row.Add(N(approx));
                row.Add(full != 0 ? P((approx - full) / Math.Abs(full)) : approx == 0 ? P(0) : "n/a");
            }

            rows.Add(row);
        }

        var s = sized.Solve;
        var notes = new List<string>
        {
            $"Least annualised cost over {mode} (LP: {s.Rows:N0} rows × {s.Columns:N0} columns, {s.Solver}, {s.Status}, {s.WallTimeMs:0} ms).",
            "The sized design's KPIs above come from simulating it like any scenario; the sizing model is documented in docs/parts/sizing.md.",
        };
        notes.AddRange(shipped.Solve.Slack.Select(u => ("shipped design", u)).Concat(sized.Solve.Slack.Select(u => ("sized design", u))).Select(x =>
            string.Create(CultureInfo.InvariantCulture,
                $"Slack used by the {x.Item1} ({x.u.Family}): {x.u.Amount:#,0.#} {x.u.Unit} in {x.u.Intervals} intervals, CNY {x.u.CostCny:#,0} of the objective (demand it cannot meet, priced as a penalty).")));
        var list = new List<ReportTable> { new("Sizing", columns, rows, notes) };
        if ((byDays ?? sized).Days is { } set)
        {
            var errors = RepresentativeDays.ErrorOfAnnualTotals(set, baseline.Ledger)
                .Select(e => (IReadOnlyList<string>)[e.Name, N(e.FullYear), N(e.Representative), P(e.RelativeError)]).ToArray();
            list.Add(new ReportTable("Representative days against the full year", ["annual total", "full year", "representative days", "error"], errors,
                [string.Create(CultureInfo.InvariantCulture, $"{set.Days.Count} days (k-medoids on normalised daily PV, load, heat, cooling and price profiles, plus the peak heating day) [240], [241].")]));
        }

        return list;
    }

    private static string SizingJson(SizingResult shipped, SizingResult sized, SizingResult byDays, bool fullYear, TornadoResult? tornado)
    {
        static object Of(SizingResult r) => new
        {
            pv_kw = r.Capacities.PvKw,
            battery_energy_kwh = r.Capacities.BatteryEnergyKwh,
            battery_power_kw = r.Capacities.BatteryPowerKw,
            shaft_units = r.Capacities.ShaftUnits,
            shaft_generating_kw = r.Capacities.ShaftGeneratingKw,
            heat_pump_kw = r.Capacities.HeatPumpKw,
            annualised_cost_cny = r.AnnualisedCostCny,
            capital_and_fixed_cny = r.CapitalAndFixedCny,
            operating_cny = r.OperatingCny,
            representative_days = r.Days?.Days.Count,
            solver = r.Solve.Solver,
            status = r.Solve.Status,
            rows = r.Solve.Rows,
            columns = r.Solve.Columns,
            solve_ms = r.Solve.WallTimeMs,
        };
        var doc = new Dictionary<string, object?>
        {
            ["shipped"] = Of(shipped),
            ["sized"] = Of(sized),
            ["sized_representative_days"] = fullYear ? Of(byDays) : null,
            ["tornado"] = tornado?.Bars.Select(b => new
            {
                parameter = b.Parameter.ToString(), low = b.LowValue, high = b.HighValue, unit = b.Unit, npv_low_cny = b.NpvLowCny, npv_high_cny = b.NpvHighCny,
                profit_low_cny = b.ProfitLowCny, profit_high_cny = b.ProfitHighCny, resimulated = b.Resimulated,
            }).ToArray(),
        };
        return JsonSerializer.Serialize(doc, new JsonSerializerOptions { WriteIndented = true });
    }
}
