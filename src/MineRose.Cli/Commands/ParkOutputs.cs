using System.Globalization;
using MineRose.Core.Park;
using MineRose.Core.Weather;
using MineRose.IO.Results;
using MineRose.IO.Scenarios;
using MineRose.IO.Weather;
using MineRose.Reports;

namespace MineRose.Cli.Commands;

/// <summary>What <c>simulate</c> and <c>optimize</c> share: the scenario's weather, the output folder and the three files
/// (summary.json, hourly.csv, report.html) of an evaluated year.</summary>
internal static class ParkOutputs
{
    /// <summary>The output folder: <paramref name="outDir"/>, else out/&lt;scenario file name&gt;; created.</summary>
    public static DirectoryInfo Folder(DirectoryInfo? outDir, FileInfo scenarioFile)
    {
        var dir = outDir ?? new DirectoryInfo(Path.Combine("out", Path.GetFileNameWithoutExtension(scenarioFile.Name)));
        dir.Create();
        return dir;
    }

    /// <summary>Writes summary.json, hourly.csv (operating year 1) and report.html atomically; returns the summary JSON.</summary>
    /// <param name="dir">Output folder.</param>
    /// <param name="result">The evaluated year(s).</param>
    /// <param name="summary">Rewrites the summary JSON before it is written (e.g. to add members), or null.</param>
    /// <param name="section">An extra report section, or null.</param>
    public static string Write(DirectoryInfo dir, ParkResult result, Func<string, string>? summary = null, ReportSection? section = null)
    {
        var year = result.Year;
        var text = new StringWriter(CultureInfo.InvariantCulture);
        SummaryJsonWriter.Write(text, result);
        string json = summary is null ? text.ToString() : summary(text.ToString());
        OutputFile.Write(new FileInfo(Path.Combine(dir.FullName, "hourly.csv")), w => HourlyCsvWriter.Write(w, year.Ledger));
        OutputFile.Write(new FileInfo(Path.Combine(dir.FullName, "report.html")),
            w => ParkReport.Write(w, year, result.Kpis, result.Reconciliation, result.CashFlow, result.Carbon, section,
                tables: result.SimulatedYears.Count > 1 ? [SimulatedYearsTable.Of(result.SimulatedYears)] : null));
        OutputFile.Write(new FileInfo(Path.Combine(dir.FullName, "summary.json")), w => w.Write(json));
        return json;
    }

    /// <summary>The scenario's weather: the --weather file, else the scenario's file, else the built-in synthetic year,
    /// moved to the park's site (same climate, new sun) when the park is not at Dakuishan.</summary>
    public static WeatherSeries LoadWeather(Scenario scenario, FileInfo? weatherFile)
    {
        if (weatherFile is not null)
            return WeatherFile.Read(weatherFile.FullName);
        if (scenario.Weather.FilePath is { } path)
            return WeatherFile.Read(path);
        var site = scenario.Design.Site;
        var normals = site == Site.Dakuishan ? ClimateNormals.Zibo : SyntheticYear.SameClimateAt(ClimateNormals.Zibo, site);
        return SyntheticYear.Generate(normals, scenario.Weather.SyntheticSeed);
    }

    /// <summary>A number for a terminal table: thousands grouped, one decimal from 10, four significant digits below.</summary>
    public static string Format(double value) =>
        double.IsNaN(value) ? "n/a"
        : Math.Abs(value) >= 1000 ? value.ToString("N0", CultureInfo.InvariantCulture)
        : Math.Abs(value) >= 10 ? value.ToString("F1", CultureInfo.InvariantCulture)
        : value.ToString("G4", CultureInfo.InvariantCulture);
}
