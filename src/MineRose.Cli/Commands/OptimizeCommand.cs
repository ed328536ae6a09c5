using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MineRose.Core;
using MineRose.Core.Park;
using MineRose.Core.Weather;
using MineRose.IO.Scenarios;
using MineRose.Optimization.Dispatch;
using MineRose.Reports;
using Spectre.Console;

namespace MineRose.Cli.Commands;

/// <summary><c>minerose optimize SCENARIO --dispatch [--horizon HOURS --replan HOURS --forecast perfect|persistence]
/// [--step MINUTES] [--time-limit S] [--milp] [--shift-lighting] [--export-mps FILE] [--weather FILE] [--out DIR] [--json]</c>: the optimal
/// dispatch replayed by the park simulator, with the same three files as <c>simulate</c>, the solve report in summary.json
/// and the rule-based and optimal strategies side by side.</summary>
internal static class OptimizeCommand
{
    public static Command Create()
    {
        var scenario = new Argument<FileInfo>("SCENARIO") { Description = "Scenario YAML file (see scenarios/)." };
        var dispatch = new Option<bool>("--dispatch") { Description = "Optimise the dispatch of the park as designed." };
        var horizon = new Option<double?>("--horizon") { Description = "Rolling-horizon window [h], e.g. 48; without it, one perfect-foresight plan of the whole year." };
        var replan = new Option<double?>("--replan") { Description = "Hours kept from each window before re-planning [h]; default 24 (or the window, if shorter)." };
        var forecast = new Option<string>("--forecast") { Description = "PV and load forecast of a rolling window: perfect or persistence.", DefaultValueFactory = _ => "perfect" };
        var step = new Option<int?>("--step") { Description = "Time step [min], overriding the scenario's (weather resampled)." };
        var timeLimit = new Option<double>("--time-limit") { Description = "Wall-time limit of each solve [s]; the best feasible plan found is used.", DefaultValueFactory = _ => 60 };
        var milp = new Option<bool>("--milp") { Description = "Keep the essential binaries (turbine minimum load, one mode at a time, whole pumps); default: the LP relaxation." };
        var shiftLighting = new Option<bool>("--shift-lighting") { Description = "Let the plan move the greenhouse lamps within each day's photoperiod, the day's lamp energy kept; the simulator replays whole lamp hours." };
        var band = new Option<double>("--greenhouse-band")
        {
            Description = "How far the plan may pre-heat the greenhouses above their heating set-points [K], 0 to 5 (e.g. 2); default 0 holds the set-points (no greenhouse store in the LP, which then solves ≈2.5× faster).",
            DefaultValueFactory = _ => new DispatchOptions().GreenhouseMaxOffsetK,
        };
        var mps = new Option<FileInfo?>("--export-mps") { Description = "Write the model (the year, or the first rolling window) in free MPS format." };
        var weather = new Option<FileInfo?>("--weather") { Description = "Weather file overriding the scenario's (EPW, TMY3, PVGIS TMY, plain CSV)." };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Output folder for summary.json, hourly.csv and report.html. Default: out/<scenario name>." };
        var json = new Option<bool>("--json") { Description = "Print the summary JSON instead of the tables." };
        var command = new Command("optimize", "Optimise a park's dispatch (HiGHS through OR-Tools), replay it in the simulator and write summary.json, hourly.csv and report.html.")
        {
            scenario, dispatch, horizon, replan, forecast, step, timeLimit, milp, shiftLighting, band, mps, weather, output, json,
        };
        var sizing = SizingCommand.AddTo(command);
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            if (parse.GetValue(sizing.Sizing))
                return SizingCommand.Execute(parse, sizing, parse.GetRequiredValue(scenario), parse.GetValue(weather), parse.GetValue(output), parse.GetValue(json));
            if (parse.GetValue(sizing.Sensitivity))
                throw new InvalidInputException("--sensitivity", "with --dispatch", "--sizing (the tornado of the sized design)");
            if (!parse.GetValue(dispatch))
                throw new InvalidInputException("mode", "none", "--dispatch");
            var forecastKind = ParseForecast(parse.GetValue(forecast)!);
            var rolling = parse.GetValue(horizon) is { } h
                ? new RollingHorizonOptions(h, parse.GetValue(replan) ?? Math.Min(24, h), forecastKind).Validated()
                : null;
            if (rolling is null && forecastKind != ForecastKind.Perfect)
                throw new InvalidInputException("--forecast", "persistence without --horizon", "--horizon HOURS (a perfect-foresight year has no forecast)");
            if (rolling is null && parse.GetValue(replan) is not null)
                throw new InvalidInputException("--replan", "given without --horizon", "--horizon HOURS with --replan");
            Guard.InRange(parse.GetValue(band), 0, 5, "--greenhouse-band");
            var options = new DispatchOptions
            {
                TimeLimitSeconds = parse.GetValue(timeLimit),
                UseBinaries = parse.GetValue(milp),
                ShiftLighting = parse.GetValue(shiftLighting),
                GreenhouseMaxOffsetK = parse.GetValue(band),
            }.Validated();
            return Execute(parse.GetRequiredValue(scenario), rolling, parse.GetValue(step), options, parse.GetValue(mps),
                parse.GetValue(weather), parse.GetValue(output), parse.GetValue(json));
        }));
        return command;
    }

    private static ForecastKind ParseForecast(string text) => text.ToLowerInvariant() switch
    {
        "perfect" => ForecastKind.Perfect,
        "persistence" => ForecastKind.Persistence,
        _ => throw new InvalidInputException("--forecast", text, "perfect or persistence"),
    };

    private static int Execute(FileInfo scenarioFile, RollingHorizonOptions? rolling, int? stepMinutes, DispatchOptions options,
        FileInfo? mpsFile, FileInfo? weatherFile, DirectoryInfo? outDir, bool json)
    {
        var scenario = ScenarioLoader.Load(scenarioFile.FullName);
        int minutes = stepMinutes ?? scenario.TimeStepMinutes;
        Guard.InRange(minutes, 1, 60, "--step");
        var weather = WeatherResampling.ToStep(ParkOutputs.LoadWeather(scenario, weatherFile), minutes);
        var design = scenario.Design;
        if (design.Battery is null && design.PumpedHydro is null)
            throw new InvalidInputException("assets", "no battery and no shaft storage", "a park with storage to dispatch");

        var result = rolling is null
            ? OptimalDispatch.PerfectForesight(design, weather, options)
            : OptimalDispatch.RollingHorizon(design, weather, options, rolling);
        if (mpsFile is not null)
            ExportMps(result, rolling, options, mpsFile);

        var ruleBased = ParkEvaluation.Evaluate(result.RuleBased, scenario.Published);
        var optimal = ParkEvaluation.Evaluate(result.Optimal, scenario.Published);
        var rows = StrategyComparison.Rows(ruleBased, optimal);
        var dir = ParkOutputs.Folder(outDir, scenarioFile);
        string summary = ParkOutputs.Write(dir, optimal, text => AddOptimization(text, result, rows), Section(result, rows));
        if (json)
            Console.WriteLine(summary);
        else
            Render(result, rows, dir);
        return ExitCodes.Success;
    }

    private static void ExportMps(OptimalDispatchResult result, RollingHorizonOptions? rolling, DispatchOptions options, FileInfo file)
    {
        var inputs = DispatchInputs.FromBaseline(result.RuleBased, options);
        if (rolling is not null)
        {
            int count = Math.Min(inputs.Count, Math.Max(1, (int)Math.Round(rolling.WindowHours / inputs.StepHours)));
            inputs = inputs.Window(0, count, inputs.BatteryInitialFraction, inputs.HydroInitialFill);
        }
        using var model = DispatchModel.Build(inputs, options with { NameVariables = true });
        string text = model.Model.ExportMps();
        OutputFile.Write(file, w => w.Write(text));
    }

    private static string AddOptimization(string summaryJson, OptimalDispatchResult result, IReadOnlyList<ComparisonRow> rows)
    {
        var root = JsonNode.Parse(summaryJson)!.AsObject();
        var r = result.Solution.Report;
        var slack = new JsonArray();
        foreach (var s in r.Slack)
            slack.Add(new JsonObject { ["family"] = s.Family, ["amount"] = Num(s.Amount), ["unit"] = s.Unit, ["cost_cny"] = Num(s.CostCny), ["intervals"] = s.Intervals });
        var comparison = new JsonArray();
        foreach (var row in rows)
            comparison.Add(new JsonObject { ["key"] = row.Key, ["rule_based"] = Num(row.RuleBased), ["optimal"] = Num(row.Optimal) });
        var c = result.Check;
        var optimization = new JsonObject
        {
            ["mode"] = result.Mode,
            ["solve"] = new JsonObject
            {
                ["solver"] = r.Solver, ["status"] = r.Status, ["objective_cny"] = Num(r.ObjectiveCny), ["best_bound_cny"] = Num(r.BestBoundCny),
                ["relative_gap"] = Num(r.RelativeGap), ["solve_time_ms"] = Num(r.WallTimeMs), ["build_time_ms"] = Num(r.BuildTimeMs),
                ["rows"] = r.Rows, ["columns"] = r.Columns, ["integers"] = r.Integers, ["slack"] = slack,
            },
            ["replay_check"] = new JsonObject
            {
                ["passed"] = c.Passed, ["balance_residual_max_kw"] = Num(c.BalanceResidualMaxKw), ["battery_within_bounds"] = c.BatteryWithinBounds,
                ["reservoirs_within_bounds"] = c.ReservoirsWithinBounds, ["battery_planned_kwh"] = Num(c.BatteryPlannedKwh),
                ["battery_departure_kwh"] = Num(c.BatteryDepartureKwh), ["hydro_planned_kwh"] = Num(c.HydroPlannedKwh),
                ["hydro_departure_kwh"] = Num(c.HydroDepartureKwh), ["hydro_departure_intervals"] = c.HydroDepartureIntervals,
                ["planned_cost_cny"] = Num(c.PlannedCostCny), ["replayed_cost_cny"] = Num(c.ReplayedCostCny),
                ["greenhouse_band_excess_max_k"] = Num(c.GreenhouseBandExcessMaxK),
                ["rule_based_unserved_heat_kwh"] = Num(c.RuleBasedUnservedHeatKwh), ["replayed_unserved_heat_kwh"] = Num(c.ReplayedUnservedHeatKwh),
                ["lighting_planned_kwh"] = Num(c.LightingPlannedKwh), ["lighting_departure_kwh"] = Num(c.LightingDepartureKwh),
                ["lighting_day_energy_error_max_kwh"] = Num(c.LightingDayEnergyErrorMaxKwh), ["lamp_command_mismatches"] = c.LampCommandMismatches,
            },
            ["comparison"] = comparison,
        };
        if (result.Hydro is { } h)
        {
            optimization["hydro_linearisation"] = new JsonObject
            {
                ["generate_kwh_per_m3_intercept"] = Num(h.GenerateInterceptKwhPerM3), ["generate_kwh_per_m3_slope"] = Num(h.GenerateSlopeKwhPerM3),
                ["pump_kwh_per_m3_intercept"] = Num(h.PumpInterceptKwhPerM3), ["pump_kwh_per_m3_slope"] = Num(h.PumpSlopeKwhPerM3),
                ["fit_error"] = Num(h.FitError), ["generate_range_error"] = Num(h.GenerateRangeError), ["pump_range_error"] = Num(h.PumpRangeError),
            };
        }
        root["optimization"] = optimization;
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static JsonNode? Num(double value) => double.IsFinite(value) ? JsonValue.Create(value) : null;

    private static ReportSection Section(OptimalDispatchResult result, IReadOnlyList<ComparisonRow> rows)
    {
        var r = result.Solution.Report;
        string slack = r.Slack.Count == 0 ? "" : " Slack used: " + string.Join("; ", r.Slack.Select(s => $"{s.Family} {ParkOutputs.Format(s.Amount)} {s.Unit}")) + ".";
        string intro = FormattableString.Invariant($"Optimal dispatch ({result.Mode}) by {r.Solver}: {r.Status}, objective {ParkOutputs.Format(r.ObjectiveCny)} CNY, gap {r.RelativeGap:0.####}, ")
            + FormattableString.Invariant($"{r.WallTimeMs:0} ms, {r.Rows} rows × {r.Columns} columns, {r.Integers} integers. Every figure of this report is the simulator's replay of the plan; ")
            + $"the replay departed from the plan by {ParkOutputs.Format(result.Check.HydroDepartureKwh)} kWh (shaft storage) and {ParkOutputs.Format(result.Check.BatteryDepartureKwh)} kWh (battery)." + slack;
        var table = rows.Select(x => (IReadOnlyList<string>)[x.Label, ParkOutputs.Format(x.RuleBased), ParkOutputs.Format(x.Optimal), ParkOutputs.Format(x.Difference)]).ToList();
        return new ReportSection("Rule-based and optimal dispatch", intro, ["Quantity", "Rule-based", "Optimal", "Difference"], table);
    }

    private static void Render(OptimalDispatchResult result, IReadOnlyList<ComparisonRow> rows, DirectoryInfo dir)
    {
        var r = result.Solution.Report;
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(result.Optimal.Design.Name)}[/]: {Markup.Escape(result.Mode)}");
        AnsiConsole.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"{r.Solver}: {r.Status}, objective {ParkOutputs.Format(r.ObjectiveCny)} CNY, gap {r.RelativeGap:0.####}, solve {r.WallTimeMs:0} ms, build {r.BuildTimeMs:0} ms, {r.Rows} rows, {r.Columns} columns, {r.Integers} integers")));
        foreach (var s in r.Slack)
            AnsiConsole.MarkupLine($"[yellow]slack:[/] {Markup.Escape($"{s.Family}: {ParkOutputs.Format(s.Amount)} {s.Unit} in {s.Intervals} intervals ({ParkOutputs.Format(s.CostCny)} CNY of penalty)")}");
        var table = new Table().Border(TableBorder.Rounded).AddColumns("quantity", "rule-based", "optimal", "difference");
        foreach (var row in rows)
            table.AddRow(Markup.Escape(row.Label), ParkOutputs.Format(row.RuleBased), ParkOutputs.Format(row.Optimal), ParkOutputs.Format(row.Difference));
        AnsiConsole.Write(table);
        var c = result.Check;
        AnsiConsole.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"replay check: {(c.Passed ? "passed" : "FAILED")} (max residual {c.BalanceResidualMaxKw:G3} kW; battery within bounds {c.BatteryWithinBounds}; reservoirs within bounds {c.ReservoirsWithinBounds}); planned cost {ParkOutputs.Format(c.PlannedCostCny)} CNY, replayed {ParkOutputs.Format(c.ReplayedCostCny)} CNY")));
        AnsiConsole.MarkupLine($"wrote {Markup.Escape(Path.Combine(dir.FullName, "summary.json"))}, hourly.csv and report.html");
    }
}
