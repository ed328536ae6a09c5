using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using MineRose.Core;
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

/// <summary>The sizing half of <c>minerose optimize SCENARIO --sizing [--objective cost|npv] [--size-greenhouse] [--days K] [--full-year]
/// [--sensitivity] [--out DIR]</c>: sizes the park for the least annualised cost or the largest NPV, simulates and evaluates the sized
/// design like <c>simulate</c>, and writes summary.json, hourly.csv, report.html (with the sized and shipped designs side by side and the
/// representative-day error table) and sizing.json. <c>--sensitivity</c> adds the NPV tornado.</summary>
internal static class SizingCommand
{
    /// <summary>The options this half adds to the optimize command.</summary>
    internal sealed record SizingOptionSet(Option<bool> Sizing, Option<int> Days, Option<bool> FullYear, Option<bool> Sensitivity,
        Option<string> Objective, Option<bool> SizeGreenhouse);

    /// <summary>Adds <c>--sizing</c>, <c>--days</c>, <c>--full-year</c>, <c>--sensitivity</c>, <c>--objective</c> and <c>--size-greenhouse</c> to a command.</summary>
    public static SizingOptionSet AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var set = new SizingOptionSet(
            new Option<bool>("--sizing") { Description = "Size PV, battery, shaft-storage units and heat pumps for the least annualised cost." },
            new Option<int>("--days") { Description = "Representative days for sizing (k-medoids; the peak heating day is added).", DefaultValueFactory = _ => 12 },
            new Option<bool>("--full-year") { Description = "Size over the full chronological year too and show the representative-day error against it (slow: minutes)." },
            new Option<bool>("--sensitivity") { Description = "Add a tornado of NPV against ±20 % changes of the main prices and costs." },
            new Option<string>("--objective") { Description = "What sizing optimises: cost (least annualised cost) or npv (largest net present value, with rose and electricity revenues).", DefaultValueFactory = _ => "cost" },
            new Option<bool>("--size-greenhouse") { Description = "Size the rose greenhouse area too, within the land left and the mine water's heat." });
        command.Add(set.Sizing);
        command.Add(set.Objective);
        command.Add(set.SizeGreenhouse);
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
        var objective = ParseObjective(parse.GetValue(set.Objective)!);
        return Execute(scenarioFile, weatherFile, outDir, json, parse.GetValue(set.Days), parse.GetValue(set.FullYear), parse.GetValue(set.Sensitivity),
            objective, parse.GetValue(set.SizeGreenhouse));
    }

    private static SizingObjective ParseObjective(string text) => text.ToLowerInvariant() switch
    {
        "cost" => SizingObjective.MinimiseAnnualisedCost,
        "npv" => SizingObjective.MaximiseNpv,
        _ => throw new InvalidInputException("--objective", text, "cost or npv"),
    };

    /// <summary>Runs the sizing and writes its outputs; returns the exit code.</summary>
    public static int Execute(FileInfo scenarioFile, FileInfo? weatherFile, DirectoryInfo? outDir, bool json, int days, bool fullYear, bool sensitivity,
        SizingObjective objective = SizingObjective.MinimiseAnnualisedCost, bool sizeGreenhouse = false)
    {
        ArgumentNullException.ThrowIfNull(scenarioFile);
        var dayOptions = new SizingOptions { RepresentativeDays = days, Objective = objective, SizeGreenhouse = sizeGreenhouse }.Validated();
        var scenario = ScenarioLoader.Load(scenarioFile.FullName);
        var weather = WeatherResampling.ToStep(ParkOutputs.LoadWeather(scenario, weatherFile), scenario.TimeStepMinutes);
        var sun = PvChain.SunPathFor(SolarEphemeris.For(weather.Grid), scenario.Design.Site, weather);
        var baseline = ParkSimulator.SimulateYear(scenario.Design, weather, sun);

        if (sizeGreenhouse && scenario.Design.Greenhouses is null)
            throw new InvalidInputException("--size-greenhouse", "a scenario without greenhouses", "a scenario with rose greenhouses");
        var byDays = CapacitySizing.Size(baseline, dayOptions);
        var chosenOptions = fullYear ? dayOptions with { FullYear = true } : dayOptions;
        var sized = fullYear ? CapacitySizing.Size(baseline, chosenOptions) : byDays;
        var shipped = CapacitySizing.AnnualisedCostOfDesign(baseline, chosenOptions);

        var sizedYear = ParkSimulator.SimulateYear(sized.SizedDesign, weather, sun);
        var result = ParkEvaluation.Evaluate(sizedYear, scenario.Published);
        var shippedResult = ParkEvaluation.Evaluate(baseline);
        var tornado = sensitivity ? Tornado.OneAtATime(sizedYear, d => ParkSimulator.SimulateYear(d, weather, sun)) : null;
        var tables = Tables(shipped, sized, fullYear ? byDays : null, baseline, shippedResult, result);

        var dir = outDir ?? new DirectoryInfo(Path.Combine("out", Path.GetFileNameWithoutExtension(scenarioFile.Name) + "-sized"));
        dir.Create();
        var summary = new StringWriter(CultureInfo.InvariantCulture);
        SummaryJsonWriter.Write(summary, result);
        OutputFile.Write(new FileInfo(Path.Combine(dir.FullName, "hourly.csv")), w => HourlyCsvWriter.Write(w, sizedYear.Ledger));
        OutputFile.Write(new FileInfo(Path.Combine(dir.FullName, "report.html")),
            w => ParkReport.Write(w, sizedYear, result.Kpis, result.Reconciliation, result.CashFlow, result.Carbon,
                sensitivity: tornado is null ? null : SensitivityReport.ToReport(tornado), tables: tables));
        OutputFile.Write(new FileInfo(Path.Combine(dir.FullName, "summary.json")), w => w.Write(summary.ToString()));
        OutputFile.Write(new FileInfo(Path.Combine(dir.FullName, "sizing.json")),
            w => w.Write(SizingJson(shipped, sized, byDays, fullYear, tornado, shippedResult, result)));

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

    private static IReadOnlyList<ReportTable> Tables(SizingResult shipped, SizingResult sized, SizingResult? byDays, ParkYear baseline,
        ParkResult shippedResult, ParkResult sizedResult)
    {
        static string N(double x) => double.IsNaN(x) ? "n/a" : (Math.Abs(x) < 0.5 ? 0 : x).ToString("#,0", CultureInfo.InvariantCulture); // no "-0"
        static string P(double x) => double.IsNaN(x) ? "n/a" : x.ToString("+0.0%;-0.0%;0.0%", CultureInfo.InvariantCulture);
        static string R(double x) => double.IsNaN(x) ? "n/a" : x.ToString("0.0%", CultureInfo.InvariantCulture);
        string mode = sized.Days is { } d ? string.Create(CultureInfo.InvariantCulture, $"{d.Days.Count} representative days") : "the full year";
        string goal = sized.Objective == SizingObjective.MaximiseNpv ? "Largest NPV" : "Least annualised cost";
        var columns = byDays is null
            ? new[] { "quantity", "shipped design", "sized" }
            : ["quantity", "shipped design", "sized, full year", string.Create(CultureInfo.InvariantCulture, $"sized, {byDays.Days!.Days.Count} days"), "days vs full year"];
        (string Name, Func<SizingResult, double> Of)[] quantities =
        [
            ("PV [kWp]", r => r.Capacities.PvKw), ("battery energy [kWh]", r => r.Capacities.BatteryEnergyKwh),
            ("battery power [kW]", r => r.Capacities.BatteryPowerKw), ("shaft-storage units [—]", r => r.Capacities.ShaftUnits),
            ("shaft-storage generating [kW]", r => r.Capacities.ShaftGeneratingKw), ("heat-pump heating [kW]", r => r.Capacities.HeatPumpKw),
            ("greenhouse floor [m²]", r => r.Capacities.GreenhouseAreaM2),
            ("annualised capex + fixed O&M [CNY/yr]", r => r.CapitalAndFixedCny), ("energy, fuel, wear, penalties [CNY/yr]", r => r.OperatingCny),
            ("annualised cost [CNY/yr]", r => r.AnnualisedCostCny), ("NPV by the sizing LP [CNY]", r => r.NpvCny),
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

        // The designs simulated and evaluated like any scenario (the representative-day column has no simulation of its own).
        (string Name, string Key, Func<double, string> Format)[] evaluated =
        [
            ("capex, simulated [CNY]", "capex_cny", N), ("NPV, simulated [CNY]", "npv_cny", N), ("IRR, simulated", "irr", R),
            ("operating profit, year 1, simulated [CNY/yr]", "annual_profit_cny", N), ("net energy cost, simulated [CNY/yr]", "net_energy_cost_cny", N),
        ];
        foreach (var (name, key, format) in evaluated)
        {
            var row = new List<string> { name, format(shippedResult.Kpi(key)), format(sizedResult.Kpi(key)) };
            if (byDays is not null)
                row.AddRange(["", ""]);
            rows.Add(row);
        }

        var s = sized.Solve;
        double npvSimulated = sizedResult.Kpi("npv_cny");
        var notes = new List<string>
        {
            $"{goal} over {mode} (LP: {s.Rows:N0} rows × {s.Columns:N0} columns, {s.Solver}, {s.Status}, {s.WallTimeMs:0} ms).",
            string.Create(CultureInfo.InvariantCulture,
                $"NPV of the sized design: CNY {sized.NpvCny:#,0} by the LP, CNY {npvSimulated:#,0} simulated ({P((sized.NpvCny - npvSimulated) / Math.Abs(npvSimulated))}): the LP's dispatch against the simulator's rule and the representative days' error in the year's energy (the table below)."),
            "The sized design's KPIs above come from simulating it like any scenario; the sizing model is documented in docs/model.md (section 'Sizing, representative days and sensitivity').",
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

    private static string SizingJson(SizingResult shipped, SizingResult sized, SizingResult byDays, bool fullYear, TornadoResult? tornado,
        ParkResult shippedResult, ParkResult sizedResult)
    {
        static double? Num(double x) => double.IsFinite(x) ? x : null;
        static object Evaluated(ParkResult r) => new
        {
            capex_cny = Num(r.Kpi("capex_cny")),
            npv_cny = Num(r.Kpi("npv_cny")),
            irr = Num(r.Kpi("irr")),
            annual_profit_cny = Num(r.Kpi("annual_profit_cny")),
            net_energy_cost_cny = Num(r.Kpi("net_energy_cost_cny")),
        };
        static object Of(SizingResult r) => new
        {
            objective = r.Objective == SizingObjective.MaximiseNpv ? "npv" : "cost",
            pv_kw = r.Capacities.PvKw,
            battery_energy_kwh = r.Capacities.BatteryEnergyKwh,
            battery_power_kw = r.Capacities.BatteryPowerKw,
            shaft_units = r.Capacities.ShaftUnits,
            shaft_generating_kw = r.Capacities.ShaftGeneratingKw,
            heat_pump_kw = r.Capacities.HeatPumpKw,
            greenhouse_area_m2 = Num(r.Capacities.GreenhouseAreaM2),
            npv_cny = Num(r.NpvCny),
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
            ["simulated"] = new { shipped = Evaluated(shippedResult), sized = Evaluated(sizedResult) },
            ["tornado"] = tornado?.Bars.Select(b => new
            {
                parameter = b.Parameter.ToString(), low = b.LowValue, high = b.HighValue, unit = b.Unit, npv_low_cny = b.NpvLowCny, npv_high_cny = b.NpvHighCny,
                profit_low_cny = b.ProfitLowCny, profit_high_cny = b.ProfitHighCny, resimulated = b.Resimulated,
            }).ToArray(),
        };
        return JsonSerializer.Serialize(doc, new JsonSerializerOptions { WriteIndented = true });
    }
}
