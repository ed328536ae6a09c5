using System.CommandLine;
using System.Globalization;
using MineRose.Core;
using MineRose.Core.Pv;
using MineRose.Core.Solar;
using MineRose.Core.Weather;
using MineRose.IO.Pv;
using MineRose.IO.Weather;
using Spectre.Console;

namespace MineRose.Cli.Commands;

/// <summary><c>minerose pv</c>: a quick PV yield, for one design or a CSV of many sites.</summary>
internal static class PvCommand
{
    private static readonly Option<FileInfo?> WeatherOption = new("--weather") { Description = "Weather file (EPW, TMY3, PVGIS TMY, plain CSV). Default: the built-in synthetic Zibo year." };
    private static readonly Option<FileInfo?> SitesOption = new("--sites") { Description = "CSV of many sites: name,latitude,longitude,elevation,tilt,azimuth,dc_kw[,weather]." };
    private static readonly Option<FileInfo?> OutOption = new("--out") { Description = "With --sites: write the results CSV here instead of standard output." };
    private static readonly Option<double?> LatOption = new("--lat") { Description = "Latitude [°N]; default: the weather file's." };
    private static readonly Option<double?> LonOption = new("--lon") { Description = "Longitude [°E]; default: the weather file's." };
    private static readonly Option<double?> ElevationOption = new("--elevation") { Description = "Elevation [m]; default: the weather file's." };
    private static readonly Option<double> TiltOption = new("--tilt") { Description = "Tilt from horizontal [°].", DefaultValueFactory = _ => 30 };
    private static readonly Option<double> AzimuthOption = new("--azimuth") { Description = "Azimuth clockwise from north [°] (180 = south).", DefaultValueFactory = _ => 180 };
    private static readonly Option<double> DcKwOption = new("--dc-kw") { Description = "DC nameplate [kWp].", DefaultValueFactory = _ => 1 };
    private static readonly Option<double> DcAcOption = new("--dc-ac-ratio") { Description = "DC/AC ratio [—].", DefaultValueFactory = _ => 1.2 };
    private static readonly Option<double> LossesOption = new("--losses-percent") { Description = "Total DC losses [%] (PVWatts).", DefaultValueFactory = _ => 14 };
    private static readonly Option<double> AlbedoOption = new("--albedo") { Description = "Ground albedo [—].", DefaultValueFactory = _ => 0.2 };
    private static readonly Option<double> GcrOption = new("--gcr") { Description = "Ground coverage ratio of the rows [—] (agrivoltaic light).", DefaultValueFactory = _ => 0.4 };
    private static readonly Option<FileInfo?> HourlyOption = new("--hourly") { Description = "Write hourly results to this CSV." };
    private static readonly Option<bool> JsonOption = new("--json") { Description = "Print one JSON object instead of a table." };

    public static Command Create()
    {
        var command = new Command("pv", "A quick PV yield: the whole chain from weather to AC, and the light left for crops.")
        {
            WeatherOption, SitesOption, OutOption, LatOption, LonOption, ElevationOption, TiltOption, AzimuthOption, DcKwOption,
            DcAcOption, LossesOption, AlbedoOption, GcrOption, HourlyOption, JsonOption,
        };
        command.SetAction(parse => CommandRunner.Run(() => Execute(parse)));
        return command;
    }

    private static int Execute(ParseResult parse)
    {
        var spec = Design(parse);
        var weather = LoadWeather(parse.GetValue(WeatherOption));
        var sites = parse.GetValue(SitesOption);
        if (sites is not null)
            return RunSites(parse, sites, spec, weather);
        return RunOne(parse, spec, weather);
    }

    private static PvArraySpec Design(ParseResult parse)
    {
        var template = new PvArraySpec();
        return (template with
        {
            DcCapacityKw = Guard.InRange(parse.GetValue(DcKwOption), 1e-3, 1e8, "--dc-kw"),
            DcAcRatio = Guard.InRange(parse.GetValue(DcAcOption), 0.5, 3, "--dc-ac-ratio"),
            Losses = PvWattsLosses.FromTotalPercent(Guard.InRange(parse.GetValue(LossesOption), 0, 99, "--losses-percent")),
            Albedo = Guard.InRange(parse.GetValue(AlbedoOption), 0, 1, "--albedo"),
            Geometry = template.Geometry with
            {
                TiltDeg = Guard.InRange(parse.GetValue(TiltOption), 0, 90, "--tilt"),
                AzimuthDeg = Guard.InRange(parse.GetValue(AzimuthOption), 0, 360, "--azimuth"),
                GroundCoverageRatio = Guard.InRange(parse.GetValue(GcrOption), 0.01, 1, "--gcr"),
            },
        }).Validated();
    }

    private static WeatherSeries LoadWeather(FileInfo? file) =>
        file is null ? DefaultWeather.Zibo() : WeatherFile.Read(file.FullName);

    private static Site SiteFor(ParseResult parse, WeatherSeries weather)
    {
        var s = weather.Site;
        bool moved = parse.GetValue(LatOption) is not null || parse.GetValue(LonOption) is not null;
        return (s with
        {
            Name = moved ? $"site at the given coordinates (weather of {s.Name})" : s.Name,
            LatitudeDeg = parse.GetValue(LatOption) ?? s.LatitudeDeg,
            LongitudeDeg = parse.GetValue(LonOption) ?? s.LongitudeDeg,
            ElevationM = parse.GetValue(ElevationOption) ?? s.ElevationM,
        }).Validated();
    }

    private static int RunOne(ParseResult parse, PvArraySpec spec, WeatherSeries weather)
    {
        var site = SiteFor(parse, weather);
        var sun = PvChain.SunPathFor(SolarEphemeris.For(weather.Grid), site, weather);
        var hourlyFile = parse.GetValue(HourlyOption);
        var hourly = hourlyFile is null ? null : new PvHourlySeries(weather.Count);
        var yield = PvChain.Run(spec, weather, sun, PvChainOptions.Default, hourly);
        if (hourlyFile is not null && hourly is not null)
            OutputFile.Write(hourlyFile, w => PvHourlyCsvWriter.Write(w, weather, sun, hourly));

        var report = PvReport.From(yield, site, spec, weather.Source);
        if (parse.GetValue(JsonOption))
            Console.WriteLine(JsonOutput.Serialize(report));
        else
            Render(report);
        return ExitCodes.Success;
    }

    private static int RunSites(ParseResult parse, FileInfo sitesFile, PvArraySpec template, WeatherSeries defaultWeather)
    {
        if (parse.GetValue(HourlyOption) is not null)
            throw new InvalidInputException("--hourly", "with --sites", "--hourly for a single site only");
        var rows = PvSitesCsvReader.Read(sitesFile.FullName, template);
        var yields = new PvYield[rows.Count];
        var sources = new string[rows.Count];
        foreach (var group in rows.Select((row, index) => (row, index)).GroupBy(r => r.row.WeatherPath))
        {
            var weather = group.Key is null ? defaultWeather : WeatherFile.Read(group.Key);
            var members = group.ToArray();
            var results = PvFleet.Run(weather, [.. members.Select(m => new PvDesignAtSite(m.row.Site, m.row.Spec))]);
            for (int k = 0; k < members.Length; k++)
            {
                yields[members[k].index] = results[k];
                sources[members[k].index] = weather.Source;
            }
        }
        var outFile = parse.GetValue(OutOption);
        if (outFile is null)
            PvSitesCsvWriter.Write(Console.Out, rows, yields, sources);
        else
            OutputFile.Write(outFile, w => PvSitesCsvWriter.Write(w, rows, yields, sources));
        return ExitCodes.Success;
    }

    private static void Render(PvReport r)
    {
        AnsiConsole.MarkupLine($"[bold]PV yield[/] at {Markup.Escape(r.Site.Name)} ({F(r.Site.Latitude, "F3")}°, {F(r.Site.Longitude, "F3")}°, {F(r.Site.ElevationM, "F0")} m)");
        AnsiConsole.MarkupLine($"weather: {Markup.Escape(r.Weather)}");
        var d = r.Design;
        AnsiConsole.MarkupLine(Markup.Escape($"design: {F(d.DcKw, "0.###")} kWp, DC/AC {F(d.DcAcRatio, "0.##")}, tilt {F(d.TiltDeg, "0.#")}°, azimuth {F(d.AzimuthDeg, "0.#")}°, GCR {F(d.GroundCoverageRatio, "0.##")}, losses {F(d.LossesPercent, "0.##")} %, albedo {F(d.Albedo, "0.##")}"));
        var table = new Table().Border(TableBorder.Rounded).AddColumns("figure", "value", "unit");
        table.AddRow("annual GHI", F(r.AnnualGhiKwhM2, "F1"), "kWh/m²");
        table.AddRow("annual plane-of-array", F(r.AnnualPoaKwhM2, "F1"), "kWh/m²");
        table.AddRow("annual AC energy", F(r.AnnualAcKwh, "F1"), "kWh");
        table.AddRow("specific yield", F(r.SpecificYieldKwhPerKwp, "F1"), "kWh/kWp");
        table.AddRow("performance ratio", F(r.PerformanceRatio, "F3"), "—");
        table.AddRow("capacity factor", F(r.CapacityFactor, "F3"), "—");
        table.AddRow("inverter clipping", F(r.ClippedKwh, "F1"), "kWh");
        table.AddRow("ground light under the rows", F(r.GroundLightFraction, "F3"), "of open field");
        table.AddRow("ground PAR under the rows", F(r.GroundParMolM2, "F0"), "mol/m²");
        table.AddRow("land occupied by the rows", F(r.LandAreaM2, "F1"), "m²");
        AnsiConsole.Write(table);
    }

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
