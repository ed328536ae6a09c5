using System.CommandLine;
using System.Globalization;
using MineRose.IO.Scenarios;

namespace MineRose.Cli.Commands;

/// <summary><c>minerose scenario validate FILE</c>: loads a scenario, reports the first error with file, line and key (exit 2),
/// or prints what the scenario holds (exit 0).</summary>
internal static class ScenarioValidateCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A scenario YAML file (see scenarios/schema/scenario.schema.json)." };
        var command = new Command("validate", "Check a scenario file: unknown keys, types, ranges, presets and referenced files.") { file };
        command.SetAction(parse => CommandRunner.Run(() => Execute(parse.GetRequiredValue(file))));
        return command;
    }

    private static int Execute(FileInfo file)
    {
        var scenario = ScenarioLoader.Load(file.FullName);
        var d = scenario.Design;
        var lines = new List<string>
        {
            $"{file.Name}: valid scenario '{d.Name}'",
            I($"  site: {d.Site.Name} ({d.Site.LatitudeDeg:0.###}°, {d.Site.LongitudeDeg:0.###}°, {d.Site.ElevationM:0} m, UTC{d.Site.UtcOffsetHours:+0.##;-0.##})"),
            "  weather: " + (scenario.Weather.IsSynthetic
                ? I($"built-in synthetic year (seed {scenario.Weather.SyntheticSeed})")
                : scenario.Weather.FilePath!),
            I($"  time step: {scenario.TimeStepMinutes} min; project life: {d.ProjectLifeYears} yr"),
            I($"  PV: {d.PvCapacityKw:0.#} kWp in {d.PvPlants.Count} field(s)"),
        };
        if (d.PumpedHydro is { } ph)
            lines.Add(I($"  shaft pumped hydro: {ph.Name}, {ph.UnitCount} x {ph.Machine.TurbineRatedPowerKw:0.#} kW"));
        if (d.Battery is { } b)
            lines.Add(I($"  battery: {b.RatedPowerKw:0.#} kW / {b.EnergyCapacityKwh:0.#} kWh"));
        if (d.Heat is { } h)
            lines.Add(I($"  heat pumps: {h.HeatPump.RatedHeatingKw:0.#} kW heating, {h.Source.MaxFlowM3h:0.#} m³/h of mine water at {h.Source.TemperatureC:0.#} °C"));
        if (d.Greenhouses is { } g)
            lines.Add(I($"  rose greenhouses: {g.House.FloorAreaM2:0} m²"));
        if (d.OutdoorFlowers is { } o)
            lines.Add(I($"  outdoor flowers: {o.OpenAreaM2 + o.UnderPvAreaM2:0} m² ({o.UnderPvAreaM2:0} m² under PV)"));
        lines.Add(I($"  grid: import ≤ {d.GridConnection.ImportLimitKw:0.#} kW, export ≤ {d.GridConnection.ExportLimitKw:0.#} kW; tariff {d.Tariff.Name}"));
        lines.Add($"  grid emission factor: {d.Carbon.GridFactor.Label}");
        foreach (var (key, value) in scenario.Published)
            lines.Add(I($"  published {key}: {value:G6}"));
        foreach (var warning in d.PumpedHydro?.Validate() ?? [])
            lines.Add("  warning: " + warning);
        foreach (var line in lines)
            Console.WriteLine(line);
        return ExitCodes.Success;
    }

    private static string I(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
