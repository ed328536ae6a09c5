using System.CommandLine;
using System.Globalization;
using MineRose.Core.Park;
using MineRose.Core.Weather;
using MineRose.IO.Scenarios;
using MineRose.Reports;
using Spectre.Console;

namespace MineRose.Cli.Commands;

/// <summary><c>minerose simulate SCENARIO [--weather FILE] [--out DIR] [--json]</c>: a park year (or the scenario's
/// <c>simulated_years</c> in turn, with a progress bar on stderr), its KPIs and its report.</summary>
internal static class SimulateCommand
{
    public static Command Create()
    {
        var scenario = new Argument<FileInfo>("SCENARIO") { Description = "Scenario YAML file (see scenarios/)." };
        var weather = new Option<FileInfo?>("--weather") { Description = "Weather file overriding the scenario's (EPW, TMY3, PVGIS TMY, plain CSV)." };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Output folder for summary.json, hourly.csv and report.html. Default: out/<scenario name>." };
        var json = new Option<bool>("--json") { Description = "Print the summary JSON instead of the KPI table." };
        var command = new Command("simulate", "Simulate a park year and write summary.json, hourly.csv and report.html.")
        {
            scenario, weather, output, json,
        };
        command.SetAction(parse => CommandRunner.Run(() => Execute(
            parse.GetRequiredValue(scenario), parse.GetValue(weather), parse.GetValue(output), parse.GetValue(json))));
        return command;
    }

    private static int Execute(FileInfo scenarioFile, FileInfo? weatherFile, DirectoryInfo? outDir, bool json)
    {
        var scenario = ScenarioLoader.Load(scenarioFile.FullName);
        var weather = WeatherResampling.ToStep(ParkOutputs.LoadWeather(scenario, weatherFile), scenario.TimeStepMinutes);
        var years = scenario.SimulatedYears > 1
            ? SimulateWithProgress(scenario, weather)
            : [ParkSimulator.SimulateYear(scenario.Design, weather)];
        var result = ParkEvaluation.Evaluate(years, scenario.Published);

        var dir = ParkOutputs.Folder(outDir, scenarioFile);
        string summary = ParkOutputs.Write(dir, result);

        if (json)
            Console.WriteLine(summary);
        else
            Render(result, dir);
        return ExitCodes.Success;
    }

    /// <summary>Runs the scenario's years with a Spectre.Console progress bar on stderr, so stdout stays clean (JSON with --json);
    /// when stderr is not a terminal (a log, a pipe), one plain line per finished year instead.</summary>
    private static IReadOnlyList<ParkYear> SimulateWithProgress(Scenario scenario, WeatherSeries weather)
    {
        int n = scenario.SimulatedYears;
        if (Console.IsErrorRedirected)
            return ParkSimulator.SimulateYears(scenario.Design, weather, n, new YearLines(n));
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        IReadOnlyList<ParkYear>? years = null;
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask(string.Create(CultureInfo.InvariantCulture, $"simulating {n} years"), maxValue: n);
                years = ParkSimulator.SimulateYears(scenario.Design, weather, n, new YearProgress(task));
            });
        return years!;
    }

    /// <summary>Moves the progress bar to the number of years finished (reported on the simulating thread).</summary>
    private sealed class YearProgress(ProgressTask task) : IProgress<int>
    {
        public void Report(int value)
        {
            task.Value = value;
            task.Description = string.Create(CultureInfo.InvariantCulture, $"simulated year {value} of {task.MaxValue:0}");
        }
    }

    /// <summary>Writes "simulated year k of N" to stderr as each year finishes.</summary>
    private sealed class YearLines(int years) : IProgress<int>
    {
        public void Report(int value) =>
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"simulated year {value} of {years}"));
    }

    private static void Render(ParkResult result, DirectoryInfo dir)
    {
        var year = result.Year;
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(year.Design.Name)}[/]");
        AnsiConsole.MarkupLine($"weather: {Markup.Escape(year.WeatherSource)}");
        var table = new Table().Border(TableBorder.Rounded).AddColumns("KPI", "value", "key");
        foreach (var k in result.Kpis)
            table.AddRow(Markup.Escape(k.Label), Format(k.Value), Markup.Escape(k.Key));
        AnsiConsole.Write(table);
        if (result.SimulatedYears.Count > 1)
        {
            var years = SimulatedYearsTable.Of(result.SimulatedYears);
            foreach (var note in years.Notes)
                AnsiConsole.MarkupLine(Markup.Escape(note));
            var byYear = new Table().Border(TableBorder.Rounded).AddColumns([.. years.Columns.Select(Markup.Escape)]);
            foreach (var row in years.Rows)
                byYear.AddRow([.. row.Select(Markup.Escape)]);
            AnsiConsole.Write(byYear);
        }
        if (result.Reconciliation.Count > 0)
        {
            var rec = new Table().Border(TableBorder.Rounded).AddColumns("published figure", "published", "modelled", "gap", "why");
            foreach (var r in result.Reconciliation)
                rec.AddRow(Markup.Escape($"{r.Figure} [{r.Unit}]"), Format(r.Published), Format(r.Modelled),
                    double.IsNaN(r.RelativeGap) ? "" : r.RelativeGap.ToString("+0%;-0%", CultureInfo.InvariantCulture), Markup.Escape(r.Explanation));
            AnsiConsole.Write(rec);
        }
        foreach (var warning in result.Warnings)
            AnsiConsole.MarkupLine($"[yellow]warning:[/] {Markup.Escape(warning)}");
        AnsiConsole.MarkupLine($"wrote {Markup.Escape(Path.Combine(dir.FullName, "summary.json"))}, hourly.csv and report.html");
    }

    private static string Format(double value) => ParkOutputs.Format(value);
}
