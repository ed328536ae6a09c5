using System.Globalization;
using MineRose.Core.Time;
using MineRose.Core.Weather;

namespace MineRose.IO.Weather;

/// <summary>Reads MineRose's plain weather CSV into a <see cref="WeatherSeries"/>.</summary>
/// <remarks>
/// <para>The format, for data from any source:</para>
/// <code>
/// # name: Dakuishan            (optional; defaults to the file name)
/// # latitude: 36.7             [°N], required
/// # longitude: 118.0           [°E], required
/// # elevation: 200             [m], required
/// # utc_offset: 8              [h], optional; defaults to the offset of the first time stamp
/// time,ghi,dni,dhi,temp_air,wind_speed,relative_humidity,pressure
/// 2024-01-01T00:00+08:00,0,0,0,-1.2,2.7,62,99885
/// </code>
/// <para>Lines starting with '#' are comments (anywhere); <c>key: value</c> comments set the site. The header row
/// names the columns, in any order: <c>time</c> (ISO 8601 [39] with an explicit offset ±hh:mm or 'Z', the START
/// of the interval), <c>ghi</c>, <c>dni</c>, <c>dhi</c> [mean W/m² over the interval], <c>temp_air</c> [°C],
/// <c>wind_speed</c> [m/s]; optional <c>relative_humidity</c> [%] and <c>pressure</c> [Pa]; other columns are
/// ignored. Steps must be regular, 1 h or 15 min. An empty field or <c>NaN</c> is a missing value, filled by
/// <see cref="WeatherGapFilling"/>.</para>
/// </remarks>
public static class PlainCsvWeatherReader
{
    internal static readonly WeatherFieldNames Names = new("ghi", "dni", "dhi", "temp_air", "wind_speed", "relative_humidity", "pressure");

    private static readonly string[] TimeFormats =
    [
        "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd HH:mmzzz", "yyyy-MM-dd HH:mm:sszzz",
        "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd HH:mm'Z'", "yyyy-MM-dd HH:mm:ss'Z'",
    ];

    private const string TimeExpected = "an ISO 8601 time with an offset, e.g. 2024-01-01T00:00+08:00 or 2024-01-01T00:00Z";

    /// <summary>Reads the plain weather CSV at <paramref name="path"/>.</summary>
    /// <param name="path">Path of the .csv file.</param>
    /// <exception cref="InputFileException">The file is malformed or holds an impossible value (message names file, line, field).</exception>
    public static WeatherSeries Read(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <summary>Reads plain weather CSV text from <paramref name="reader"/>; <paramref name="sourceName"/> names it in messages.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="sourceName">The file name to report in errors and in <see cref="WeatherSeries.Source"/>.</param>
    public static WeatherSeries Read(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lines = new NumberedLineReader(reader, sourceName);
        var meta = new Dictionary<string, (string Value, int Line)>(StringComparer.OrdinalIgnoreCase);
        string[]? header = null;
        var headerLine = 0;
        var rows = new List<(string Text, int Line)>(8784);
        while (lines.Next() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
                continue;
            if (line.TrimStart().StartsWith('#'))
            {
                var body = line.TrimStart()[1..];
                var colon = body.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0)
                    meta[body[..colon].Trim()] = (body[(colon + 1)..].Trim(), lines.Line);
                continue;
            }
            if (header is null)
            {
                header = FieldSplitter.SplitHeader(line);
                headerLine = lines.Line;
                continue;
            }
            rows.Add((line, lines.Line));
        }
        if (header is null)
            throw new InputFileException(sourceName, lines.Line, "header", "absent", "a header row naming the columns time,ghi,dni,dhi,temp_air,wind_speed");
        int Column(string name, bool required)
        {
            var index = Array.IndexOf(header, name);
            if (index < 0 && required)
                throw new InputFileException(sourceName, headerLine, name, "absent", $"a column named '{name}' in the header row");
            return index;
        }
        var time = Column("time", true);
        var ghi = Column(Names.Ghi, true);
        var dni = Column(Names.Dni, true);
        var dhi = Column(Names.Dhi, true);
        var temp = Column(Names.TempAir, true);
        var wind = Column(Names.WindSpeed, true);
        var rh = Column(Names.RelativeHumidity, false);
        var pressure = Column(Names.Pressure, false);
        var needed = new[] { time, ghi, dni, dhi, temp, wind, rh, pressure }.Max() + 1;
        if (rows.Count < 2)
            throw new InputFileException(sourceName, lines.Line, "rows", rows.Count.ToString(CultureInfo.InvariantCulture), "at least 2 data rows (a regular time step)");

        var columns = new WeatherColumns(rows.Count);
        var fields = new Range[header.Length + 1];
        // Rows were buffered to size the columns once; this cursor names their lines in messages.
        var lineReader = new NumberedLineReader(TextReader.Null, sourceName);
        DateTimeOffset first = default;
        var step = TimeSpan.Zero;
        for (var i = 0; i < rows.Count; i++)
        {
            var (text, lineNumber) = rows[i];
            lineReader.Line = lineNumber;
            var n = FieldSplitter.Split(text, ',', fields);
            if (n < needed)
            {
                throw lineReader.Error("fields", n.ToString(CultureInfo.InvariantCulture),
                    string.Create(CultureInfo.InvariantCulture, $"{header.Length} comma-separated fields as in the header row (the file may be truncated)"));
            }
            var s = text.AsSpan();
            var stamp = ParseTime(s[fields[time]], lineReader);
            if (i == 0)
                first = stamp;
            else if (i == 1)
            {
                step = stamp - first;
                if (step != TimeSpan.FromHours(1) && step != TimeSpan.FromMinutes(15))
                    throw lineReader.Error("time", s[fields[time]].Trim().ToString(), "a regular step of 1 h or 15 min after the first row");
            }
            else if (stamp != first + step * i)
            {
                throw lineReader.Error("time", s[fields[time]].Trim().ToString(),
                    string.Create(CultureInfo.InvariantCulture, $"{(first + step * i).ToString("yyyy-MM-ddTHH:mmzzz", CultureInfo.InvariantCulture)} (regular steps of {step.TotalMinutes:G4} min)"));
            }
            columns.GhiWm2[i] = Value(s[fields[ghi]], WeatherLimits.GhiWm2, lineReader, Names.Ghi);
            columns.DniWm2[i] = Value(s[fields[dni]], WeatherLimits.DniWm2, lineReader, Names.Dni);
            columns.DhiWm2[i] = Value(s[fields[dhi]], WeatherLimits.DhiWm2, lineReader, Names.Dhi);
            columns.TempAirC[i] = Value(s[fields[temp]], WeatherLimits.TempAirC, lineReader, Names.TempAir);
            columns.WindSpeedMs[i] = Value(s[fields[wind]], WeatherLimits.WindSpeedMs, lineReader, Names.WindSpeed);
            columns.RelativeHumidityPercent[i] = rh >= 0 ? Value(s[fields[rh]], WeatherLimits.RelativeHumidityPercent, lineReader, Names.RelativeHumidity) : double.NaN;
            columns.PressurePa[i] = pressure >= 0 ? Value(s[fields[pressure]], WeatherLimits.PressurePa, lineReader, Names.Pressure) : double.NaN;
            columns.Lines[i] = lineNumber;
        }

        var site = ReadSite(meta, sourceName, first.Offset.TotalHours);
        var grid = new TimeGrid(first.UtcDateTime, step, rows.Count);
        var source = $"{Path.GetFileName(sourceName)} (plain CSV)";
        return columns.Build(site, grid, source, sourceName, Names, hasRelativeHumidity: rh >= 0, hasPressure: pressure >= 0);
    }

    private static double Value(ReadOnlySpan<char> text, (double Min, double Max) limit, NumberedLineReader lines, string field)
    {
        var t = text.Trim();
        return t.IsEmpty || t.Equals("NaN", StringComparison.OrdinalIgnoreCase)
            ? double.NaN
            : WeatherLimits.Parse(t, limit, double.PositiveInfinity, lines, field);
    }

    private static DateTimeOffset ParseTime(ReadOnlySpan<char> text, NumberedLineReader lines)
    {
        var t = text.Trim();
        if (DateTimeOffset.TryParseExact(t, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var stamp))
            return stamp;
        throw lines.Error("time", t.ToString(), TimeExpected);
    }

    private static Site ReadSite(Dictionary<string, (string Value, int Line)> meta, string sourceName, double firstOffsetHours)
    {
        double Get(string key, double min, double max, double? fallback)
        {
            if (!meta.TryGetValue(key, out var entry))
            {
                return fallback ?? throw new InputFileException(sourceName, 0, key, "absent",
                    $"a comment line '# {key}: …' giving the site's {key}");
            }
            var lines = new NumberedLineReader(TextReader.Null, sourceName) { Line = entry.Line };
            return FieldParser.InRange(entry.Value, lines, key, min, max);
        }
        var latitude = Get("latitude", -90, 90, null);
        var longitude = Get("longitude", -180, 180, null);
        var elevation = Get("elevation", -500, 9000, null);
        var offset = Get("utc_offset", -12, 14, firstOffsetHours);
        var name = meta.TryGetValue("name", out var n) && n.Value.Length > 0 ? n.Value : Path.GetFileNameWithoutExtension(sourceName);
        return new Site(name, latitude, longitude, elevation, offset);
    }
}
