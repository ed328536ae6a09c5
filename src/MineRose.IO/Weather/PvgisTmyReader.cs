using System.Globalization;
using MineRose.Core.Time;
using MineRose.Core.Weather;

namespace MineRose.IO.Weather;

/// <summary>Reads a PVGIS typical-meteorological-year CSV [32][33] into a <see cref="WeatherSeries"/>.</summary>
/// <remarks>
/// <para>Layout [33]: header lines <c>Latitude (decimal degrees): …</c>, <c>Longitude (decimal degrees): …</c>,
/// <c>Elevation (m): …</c> (newer files add <c>Irradiance Time Offset (h): …</c>), the table of the year chosen for
/// each month, then the column line <c>time(UTC),T2m,RH,G(h),Gb(n),Gd(h),IR(h),WS10m,WD10m,SP</c>, 8760 hourly rows
/// stamped <c>yyyyMMdd:HHmm</c>, and a legend after a blank line. Units: T2m [°C], RH [%], G(h), Gb(n), Gd(h) [W/m²],
/// WS10m [m/s] at 10 m, SP [Pa].</para>
/// <para>Time: stamps are UTC [33]. PVGIS builds its TMY from hourly data stamped at the START of each hour
/// (hh:00 for the hour hh:00–hh+1:00), so the row stamped hh:00 is put on the interval [hh:00, hh+1:00) UTC. The
/// radiation values themselves are satellite (SARAH) estimates for an instant inside that hour; newer files state it
/// as "Irradiance Time Offset" (0.1761 h ≈ 11 min for 45° N, 8° E), i.e. about 20 min before the interval's midpoint
/// where the models place the sun. That offset is kept in <see cref="WeatherSeries.Source"/> and not corrected here.</para>
/// <para>PVGIS files carry no time zone. The site's <see cref="Site.UtcOffsetHours"/> is set to the nominal solar time
/// zone round(longitude / 15) (the zone of the local meridian), which is what local-month statistics use; it equals
/// the legal zone in most of Europe and China. The rows mix source years by month and are put on one nominal year
/// (<see cref="TypicalYearRows"/>). PVGIS hourly "seriescalc" output (plane-of-array irradiance) is refused.</para>
/// </remarks>
public static class PvgisTmyReader
{
    internal static readonly WeatherFieldNames Names = new("G(h)", "Gb(n)", "Gd(h)", "T2m", "WS10m", "RH", "SP");

    private const string TimeColumn = "time(UTC)";
    private const int MaxHeaderLines = 200;

    /// <summary>Reads the PVGIS TMY CSV at <paramref name="path"/>.</summary>
    /// <param name="path">Path of the PVGIS TMY .csv file.</param>
    /// <exception cref="InputFileException">The file is malformed, holds an impossible value or is PVGIS "seriescalc" output.</exception>
    public static WeatherSeries Read(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <summary>Reads PVGIS TMY text from <paramref name="reader"/>; <paramref name="sourceName"/> names it in messages.</summary>
    /// <param name="reader">The PVGIS TMY CSV text.</param>
    /// <param name="sourceName">The file name to report in errors and in <see cref="WeatherSeries.Source"/>.</param>
    public static WeatherSeries Read(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lines = new NumberedLineReader(reader, sourceName);
        double? latitude = null, longitude = null, elevation = null, timeOffset = null;
        string[]? header = null;
        while (header is null)
        {
            var line = lines.Next() ?? throw new InputFileException(sourceName, lines.Line, TimeColumn, "absent",
                "a PVGIS TMY column line 'time(UTC),T2m,RH,G(h),Gb(n),Gd(h),IR(h),WS10m,WD10m,SP'");
            if (lines.Line > MaxHeaderLines)
                throw lines.Error(TimeColumn, "absent", "the PVGIS TMY column line within the first 200 lines");
            var (key, value) = KeyValue(line);
            switch (key)
            {
                case "Latitude (decimal degrees)":
                    latitude = FieldParser.InRange(value, lines, key, -90, 90);
                    break;
                case "Longitude (decimal degrees)":
                    longitude = FieldParser.InRange(value, lines, key, -180, 180);
                    break;
                case "Elevation (m)":
                    elevation = FieldParser.InRange(value, lines, key, -500, 9000);
                    break;
                case "Irradiance Time Offset (h)":
                    timeOffset = FieldParser.InRange(value, lines, key, -1, 1);
                    break;
                default:
                    if (line.StartsWith(TimeColumn + ",", StringComparison.Ordinal))
                        header = FieldSplitter.SplitHeader(line);
                    else if (line.StartsWith("time,", StringComparison.Ordinal))
                        throw RefuseSeriesCalc(lines, line);
                    break;
            }
        }
        var headerLine = lines.Line;
        var site = new Site("PVGIS TMY",
            latitude ?? throw Absent(sourceName, "Latitude (decimal degrees)"),
            longitude ?? throw Absent(sourceName, "Longitude (decimal degrees)"),
            elevation ?? throw Absent(sourceName, "Elevation (m)"),
            Math.Round(longitude.Value / 15.0));
        site = site with { Name = string.Create(CultureInfo.InvariantCulture, $"PVGIS {site.LatitudeDeg:0.###}, {site.LongitudeDeg:0.###}") };

        int Column(string name)
        {
            var index = Array.IndexOf(header, name);
            return index >= 0 ? index : throw new InputFileException(sourceName, headerLine, name, "absent", $"a column named '{name}' in the PVGIS TMY column line");
        }
        var ghi = Column(Names.Ghi);
        var dni = Column(Names.Dni);
        var dhi = Column(Names.Dhi);
        var temp = Column(Names.TempAir);
        var rh = Column(Names.RelativeHumidity);
        var wind = Column(Names.WindSpeed);
        var pressure = Column(Names.Pressure);
        var needed = new[] { ghi, dni, dhi, temp, rh, wind, pressure }.Max() + 1;

        var columns = new WeatherColumns(8784);
        var stamps = new TypicalYearRows(8784);
        var fields = new Range[header.Length + 1];
        var count = 0;
        while (lines.Next() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
                break; // the legend follows a blank line
            if (count == 8784)
                throw lines.Error("hours", "more than 8784 data rows", "8760 or 8784 hourly rows (one year)");
            var n = FieldSplitter.Split(line, ',', fields);
            if (n < needed)
            {
                throw lines.Error("fields", n.ToString(CultureInfo.InvariantCulture),
                    string.Create(CultureInfo.InvariantCulture, $"{header.Length} comma-separated fields as in the column line (the file may be truncated)"));
            }
            var s = line.AsSpan();
            var (year, month, day, hour) = ParseStamp(s[fields[0]], lines);
            stamps.Set(count, year, month, day, hour);
            columns.GhiWm2[count] = WeatherLimits.Parse(s[fields[ghi]], WeatherLimits.GhiWm2, double.PositiveInfinity, lines, Names.Ghi);
            columns.DniWm2[count] = WeatherLimits.Parse(s[fields[dni]], WeatherLimits.DniWm2, double.PositiveInfinity, lines, Names.Dni);
            columns.DhiWm2[count] = WeatherLimits.Parse(s[fields[dhi]], WeatherLimits.DhiWm2, double.PositiveInfinity, lines, Names.Dhi);
            columns.TempAirC[count] = WeatherLimits.Parse(s[fields[temp]], WeatherLimits.TempAirC, double.PositiveInfinity, lines, Names.TempAir);
            columns.RelativeHumidityPercent[count] = WeatherLimits.Parse(s[fields[rh]], WeatherLimits.RelativeHumidityPercent, double.PositiveInfinity, lines, Names.RelativeHumidity);
            columns.WindSpeedMs[count] = WeatherLimits.Parse(s[fields[wind]], WeatherLimits.WindSpeedMs, double.PositiveInfinity, lines, Names.WindSpeed);
            columns.PressurePa[count] = WeatherLimits.Parse(s[fields[pressure]], WeatherLimits.PressurePa, double.PositiveInfinity, lines, Names.Pressure);
            columns.Lines[count] = lines.Line;
            count++;
        }
        if (!TypicalYearRows.IsYearLength(count))
        {
            throw new InputFileException(sourceName, lines.Line, "hours", count.ToString(CultureInfo.InvariantCulture),
                "8760 or 8784 hourly rows (one year); the file is truncated or has extra rows");
        }
        columns.Truncate(count);
        var nominal = stamps.NominalYear(count);
        stamps.CheckSequence(count, nominal, hourEnding: false, columns.Lines, sourceName, TimeColumn, TimeColumn);
        var startUtc = new DateTime(nominal, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var offsetNote = timeOffset is { } o ? string.Create(CultureInfo.InvariantCulture, $", irradiance time offset {o:0.####} h") : "";
        var source = string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(sourceName)} (PVGIS TMY, UTC, nominal year {nominal}{offsetNote})");
        return columns.Build(site, TimeGrid.Hourly(startUtc, count), source, sourceName, Names, hasRelativeHumidity: true, hasPressure: true);
    }

    /// <summary>The error for PVGIS hourly "seriescalc" output, which has no GHI/DNI/DHI.</summary>
    internal static InputFileException RefuseSeriesCalc(NumberedLineReader lines, string columnLine) =>
        lines.Error("format", $"PVGIS hourly 'seriescalc' output ({EpwReader.Shorten(columnLine)}): irradiance on the plane of an array, not GHI/DNI/DHI",
            "a PVGIS TMY CSV (time(UTC),T2m,RH,G(h),Gb(n),Gd(h),...): download PVGIS's 'Typical Meteorological Year' output as CSV instead");

    private static InputFileException Absent(string sourceName, string key) =>
        new(sourceName, 0, key, "absent", $"a header line '{key}: …' before the data");

    private static (string Key, string Value) KeyValue(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && !char.IsDigit(line[0]) ? (line[..colon].Trim(), line[(colon + 1)..].Trim()) : ("", "");
    }

    private static (int Year, int Month, int Day, int Hour) ParseStamp(ReadOnlySpan<char> text, NumberedLineReader lines)
    {
        var t = text.Trim();
        const string expected = "a UTC time stamp yyyyMMdd:HH00";
        if (t.Length != 13 || t[8] != ':' || t[11] != '0' || t[12] != '0')
            throw lines.Error(TimeColumn, t.ToString(), expected);
        var hour = FieldParser.Integer(t[9..11], lines, TimeColumn, expected);
        if (hour > 23)
            throw lines.Error(TimeColumn, t.ToString(), expected);
        return (FieldParser.Integer(t[..4], lines, TimeColumn, expected),
                FieldParser.Integer(t[4..6], lines, TimeColumn, expected),
                FieldParser.Integer(t[6..8], lines, TimeColumn, expected),
                hour);
    }
}
