using System.Globalization;
using MineRose.Core.Time;
using MineRose.Core.Weather;

namespace MineRose.IO.Weather;

/// <summary>Reads an EnergyPlus weather file (EPW) [30] into a <see cref="WeatherSeries"/>.</summary>
/// <remarks>
/// <para>Layout: 8 header lines (LOCATION: city, state, country, source, WMO, latitude [°N], longitude [°E], time zone
/// [h from UTC], elevation [m]; …; DATA PERIODS with 1 record per hour), then 8760 or 8784 rows of 35 comma-separated
/// fields. Fields used: 7 dry-bulb temperature [°C], 9 relative humidity [%], 10 station pressure [Pa], 14 global
/// horizontal, 15 direct normal, 16 diffuse horizontal radiation [Wh/m² over the hour preceding the stamp = mean W/m²],
/// 22 wind speed [m/s].</para>
/// <para>Time: hour-ending local standard time, hours 1–24; the row stamped hour h of day d covers the local interval
/// [d + (h−1) h, d + h h), whose start in UTC is local − time zone. Typical years mixing source years are put on one
/// nominal year (<see cref="TypicalYearRows"/>); e.g. a TMYx for UTC+8 starts at 16:00 UTC on 31 December of the year before.</para>
/// <para>Missing-value codes [30]: dry bulb 99.9, relative humidity 999, pressure 999999, radiation 9999, wind speed 999;
/// a value at or above its code is stored as NaN, counted in <see cref="WeatherSeries.MissingValues"/> and filled by
/// <see cref="WeatherGapFilling"/>. A direct normal irradiance above its physical limit (CSWD files derive DNI from
/// GHI − DHI and blow up at a grazing sun) is treated the same way and counted in <see cref="WeatherSeries.ImplausibleValues"/>
/// (<see cref="WeatherLimits.ParseOrImplausible"/>).</para>
/// </remarks>
public static class EpwReader
{
    /// <summary>Number of fields in an EPW data row [30].</summary>
    public const int FieldCount = 35;

    /// <summary>Number of header lines before the data rows [30].</summary>
    public const int HeaderLines = 8;

    internal static readonly WeatherFieldNames Names = new(
        "global_horizontal_radiation", "direct_normal_radiation", "diffuse_horizontal_radiation",
        "dry_bulb_temperature", "wind_speed", "relative_humidity", "atmospheric_station_pressure");

    /// <summary>Reads the EPW file at <paramref name="path"/>.</summary>
    /// <param name="path">Path of the .epw file.</param>
    /// <exception cref="InputFileException">The file is malformed or holds an impossible value (message names file, line, field).</exception>
    public static WeatherSeries Read(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <summary>Reads EPW text from <paramref name="reader"/>; <paramref name="sourceName"/> names it in messages.</summary>
    /// <param name="reader">The EPW text.</param>
    /// <param name="sourceName">The file name to report in errors and in <see cref="WeatherSeries.Source"/>.</param>
    public static WeatherSeries Read(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lines = new NumberedLineReader(reader, sourceName);
        var site = ReadHeader(lines, out var dataSource);

        var columns = new WeatherColumns(8784);
        var stamps = new TypicalYearRows(8784);
        var fields = new Range[FieldCount + 1];
        var count = 0;
        while (lines.Next() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
                continue;
            if (count == 8784)
                throw lines.Error("hours", "more than 8784 data rows", "8760 or 8784 hourly rows (one year)");
            var n = FieldSplitter.Split(line, ',', fields);
            if (n != FieldCount)
                throw lines.Error("fields", n.ToString(CultureInfo.InvariantCulture), "35 comma-separated fields in an EPW data row (the file may be truncated)");
            ReadRow(line, fields, lines, columns, stamps, count);
            count++;
        }
        if (!TypicalYearRows.IsYearLength(count))
        {
            throw new InputFileException(sourceName, lines.Line, "hours", count.ToString(CultureInfo.InvariantCulture),
                "8760 or 8784 hourly rows (one year); the file is truncated or has extra rows");
        }
        columns.Truncate(count);
        var year = stamps.NominalYear(count);
        stamps.CheckSequence(count, year, hourEnding: true, columns.Lines, sourceName, "month/day", "hour");

        var startUtc = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc) - TimeSpan.FromHours(site.UtcOffsetHours);
        var source = string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(sourceName)} (EnergyPlus EPW, {dataSource}, nominal year {year})");
        return columns.Build(site, TimeGrid.Hourly(startUtc, count), source, sourceName, Names, hasRelativeHumidity: true, hasPressure: true);
    }

    private static void ReadRow(string line, Range[] f, NumberedLineReader lines, WeatherColumns c, TypicalYearRows stamps, int i)
    {
        var s = line.AsSpan();
        var year = FieldParser.Integer(s[f[0]], lines, "year", "an integer year");
        var month = FieldParser.Integer(s[f[1]], lines, "month", "an integer month in [1, 12]");
        var day = FieldParser.Integer(s[f[2]], lines, "day", "an integer day in [1, 31]");
        var hour = FieldParser.Integer(s[f[3]], lines, "hour", "an integer hour in [1, 24]");
        stamps.Set(i, year, month, day, hour);
        c.TempAirC[i] = WeatherLimits.Parse(s[f[6]], WeatherLimits.TempAirC, 99.9, lines, Names.TempAir);
        c.RelativeHumidityPercent[i] = WeatherLimits.Parse(s[f[8]], WeatherLimits.RelativeHumidityPercent, 999, lines, Names.RelativeHumidity);
        c.PressurePa[i] = WeatherLimits.Parse(s[f[9]], WeatherLimits.PressurePa, 999_999, lines, Names.Pressure);
        c.GhiWm2[i] = WeatherLimits.Parse(s[f[13]], WeatherLimits.GhiWm2, 9999, lines, Names.Ghi);
        int implausible = c.ImplausibleValues;
        c.DniWm2[i] = WeatherLimits.ParseOrImplausible(s[f[14]], WeatherLimits.DniWm2, 9999, lines, Names.Dni, ref implausible);
        c.ImplausibleValues = implausible;
        c.DhiWm2[i] = WeatherLimits.Parse(s[f[15]], WeatherLimits.DhiWm2, 9999, lines, Names.Dhi);
        c.WindSpeedMs[i] = WeatherLimits.Parse(s[f[21]], WeatherLimits.WindSpeedMs, 999, lines, Names.WindSpeed);
        c.Lines[i] = lines.Line;
    }

    private static Site ReadHeader(NumberedLineReader lines, out string dataSource)
    {
        var location = lines.Require("LOCATION");
        var f = FieldSplitter.SplitHeader(location);
        if (f.Length < 10 || !f[0].Equals("LOCATION", StringComparison.OrdinalIgnoreCase))
        {
            throw lines.Error("LOCATION", Shorten(location),
                "an EPW LOCATION line: LOCATION,city,state,country,source,WMO,latitude,longitude,time zone,elevation");
        }
        var latitude = FieldParser.InRange(f[6], lines, "latitude", -90, 90);
        var longitude = FieldParser.InRange(f[7], lines, "longitude", -180, 180);
        var timeZone = FieldParser.InRange(f[8], lines, "time_zone", -12, 14);
        var elevation = FieldParser.InRange(f[9], lines, "elevation", -1000, 9999.9);
        dataSource = f[4].Length > 0 ? f[4] : "unknown source";
        var name = string.Join(", ", new[] { f[1], f[2], f[3] }.Where(p => p.Length > 0 && p != "-"));

        for (var i = 2; i < HeaderLines; i++)
            lines.Require("EPW header line");
        var periods = lines.Require("DATA PERIODS");
        var p = FieldSplitter.SplitHeader(periods);
        if (!p[0].Equals("DATA PERIODS", StringComparison.OrdinalIgnoreCase) || p.Length < 3)
            throw lines.Error("DATA PERIODS", Shorten(periods), "the EPW DATA PERIODS line as header line 8");
        var perHour = FieldParser.Integer(p[2], lines, "records_per_hour", "1 record per hour");
        if (perHour != 1)
            throw lines.Error("records_per_hour", p[2], "1 record per hour (sub-hourly EPW files are not supported)");
        return new Site(name.Length > 0 ? name : "EPW site", latitude, longitude, elevation, timeZone);
    }

    internal static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");
}
