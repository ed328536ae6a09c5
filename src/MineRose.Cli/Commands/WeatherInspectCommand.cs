using System.CommandLine;
using System.Globalization;
using MineRose.Core.Weather;
using MineRose.IO.Weather;
using Spectre.Console;

namespace MineRose.Cli.Commands;

/// <summary><c>minerose weather inspect FILE [--json]</c>: what a weather file holds.</summary>
internal static class WeatherInspectCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A weather file: EPW, NSRDB TMY3 CSV, PVGIS TMY CSV or MineRose plain CSV." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of tables." };
        var command = new Command("inspect", "Show a weather file's location, period, annual and monthly sums and missing values.") { file, json };
        command.SetAction(parse => CommandRunner.Run(() =>
            Execute(parse.GetRequiredValue(file), parse.GetValue(json))));
        return command;
    }

    private static int Execute(FileInfo file, bool json)
    {
        var summary = WeatherSummary.Of(WeatherFile.Read(file.FullName));
        if (json)
            Console.WriteLine(JsonOutput.Serialize(WeatherInspection.From(summary)));
        else
            Render(summary);
        return ExitCodes.Success;
    }

    private static void Render(WeatherSummary s)
    {
        var site = s.Site;
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(s.Source)}[/]");
        AnsiConsole.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"{site.Name}: {site.LatitudeDeg:F4}°, {site.LongitudeDeg:F4}°, {site.ElevationM:F0} m, UTC{site.UtcOffsetHours:+0.##;-0.##}")));
        var implausible = s.ImplausibleValues > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{s.ImplausibleValues} implausible values (beyond their physical limit; treated as missing and filled)")
            : null;
        AnsiConsole.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"{s.FirstTimeUtc:yyyy-MM-dd HH:mm}Z to {s.LastTimeUtc:yyyy-MM-dd HH:mm}Z, {s.Hours:F0} h, {s.MissingValues} missing values (filled)")));
        if (implausible is not null)
            AnsiConsole.MarkupLine(Markup.Escape(implausible));

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns("month", "GHI kWh/m²", "DNI kWh/m²", "DHI kWh/m²", "T mean °C", "T min °C", "T max °C", "RH %", "wind m/s");
        foreach (var m in s.Months)
            table.AddRow(Row(m.Month.ToString(CultureInfo.InvariantCulture), m.GhiKwhM2, m.DniKwhM2, m.DhiKwhM2,
                m.TempMeanC, m.TempDailyMinC, m.TempDailyMaxC, m.RelativeHumidityPercent ?? double.NaN, m.WindSpeedMs));
        table.AddRow(Row("year", s.AnnualGhiKwhM2, s.AnnualDniKwhM2, s.AnnualDhiKwhM2,
            s.MeanTempAirC, double.NaN, double.NaN, s.MeanRelativeHumidityPercent ?? double.NaN, s.MeanWindSpeedMs));
        AnsiConsole.Write(table);
    }

    private static string[] Row(string label, params double[] values) =>
        [label, .. values.Select(v => double.IsNaN(v) ? "" : v.ToString("F1", CultureInfo.InvariantCulture))];
}
