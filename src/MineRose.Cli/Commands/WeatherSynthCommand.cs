using System.CommandLine;
using System.Globalization;
using MineRose.Core;
using MineRose.Core.Weather;
using MineRose.IO.Weather;

namespace MineRose.Cli.Commands;

/// <summary><c>minerose weather synth</c>: a synthetic typical year from monthly normals, written as a standard EPW.</summary>
internal static class WeatherSynthCommand
{
    public static Command Create()
    {
        var lat = new Option<double>("--lat") { Description = "Latitude [°N].", Required = true };
        var lon = new Option<double>("--lon") { Description = "Longitude [°E].", Required = true };
        var elevation = new Option<double?>("--elevation") { Description = "Elevation [m]; default: that of the normals' site." };
        var utcOffset = new Option<double?>("--utc-offset") { Description = "Local standard time − UTC [h]; default: the normals' within 15° of longitude, else round(lon/15)." };
        var normals = new Option<FileInfo?>("--normals") { Description = "Monthly normals CSV (month,ghi_kwh_m2,dhi_kwh_m2,temp_mean_c,temp_min_c,temp_max_c,relative_humidity,wind_speed). Default: the built-in Zibo normals." };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed gives the same year.", DefaultValueFactory = _ => 1 };
        var output = new Option<FileInfo>("--out") { Description = "The EPW file to write.", Required = true };
        var command = new Command("synth", "Generate a synthetic typical hourly year from monthly normals and write it as EPW.")
        {
            lat, lon, elevation, utcOffset, normals, seed, output,
        };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            var source = parse.GetValue(normals) is { } file ? ClimateNormalsCsvReader.Read(file.FullName) : ClimateNormals.Zibo;
            var site = TargetSite(source.Site, parse.GetValue(lat), parse.GetValue(lon), parse.GetValue(elevation), parse.GetValue(utcOffset));
            bool moved = site.LatitudeDeg != source.Site.LatitudeDeg || site.LongitudeDeg != source.Site.LongitudeDeg
                || site.ElevationM != source.Site.ElevationM || site.UtcOffsetHours != source.Site.UtcOffsetHours;
            var atSite = moved ? SyntheticYear.SameClimateAt(source, site) : source;
            var year = SyntheticYear.Generate(atSite, parse.GetValue(seed));
            var target = parse.GetRequiredValue(output);
            OutputFile.Write(target, w => EpwWriter.Write(year, w));
            var summary = WeatherSummary.Of(year);
            var note = moved ? " (moved to the new site: same climate, new sun)" : "";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"wrote {target.FullName}: synthetic year at {site.LatitudeDeg:F4}°, {site.LongitudeDeg:F4}°, {site.ElevationM:F0} m, UTC{site.UtcOffsetHours:+0.##;-0.##}, seed {parse.GetValue(seed)}; " +
                $"GHI {summary.AnnualGhiKwhM2:F0} kWh/m², mean {summary.MeanTempAirC:F1} °C; normals: {source.Source}{note}"));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Site TargetSite(Site normalsSite, double latitudeDeg, double longitudeDeg, double? elevationM, double? utcOffsetHours)
    {
        Guard.InRange(latitudeDeg, -90, 90, "--lat");
        Guard.InRange(longitudeDeg, -180, 180, "--lon");
        // A time zone spans ≈15° of longitude; nearer than that the normals' civil time is the better guess (all of China is UTC+8).
        double offset = utcOffsetHours
            ?? (Math.Abs(longitudeDeg - normalsSite.LongitudeDeg) < 15 ? normalsSite.UtcOffsetHours : Math.Round(longitudeDeg / 15));
        var name = string.Create(CultureInfo.InvariantCulture, $"synthetic {latitudeDeg:F3}N {longitudeDeg:F3}E");
        return new Site(name, latitudeDeg, longitudeDeg, elevationM ?? normalsSite.ElevationM, offset).Validated();
    }
}
