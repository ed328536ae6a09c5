using System.Globalization;
using MineRose.Core.Weather;

namespace MineRose.IO.Weather;

/// <summary>Reads twelve monthly climate normals from a CSV file into <see cref="MonthlyClimateNormals"/>.</summary>
/// <remarks>
/// <para>The format:</para>
/// <code>
/// # name: Some mine             (optional; defaults to the file name)
/// # latitude: 36.7              [°N], required
/// # longitude: 118.0            [°E], required
/// # elevation: 200              [m], required
/// # utc_offset: 8               [h], required
/// month,ghi_kwh_m2,dhi_kwh_m2,temp_mean_c,temp_min_c,temp_max_c,relative_humidity,wind_speed
/// 1,88.7,30.4,0.0,-3.9,4.2,54,2.4
/// …12 rows
/// </code>
/// <para>Units: monthly irradiation [kWh/m²] (global and diffuse horizontal; the diffuse field may be empty when
/// unknown), mean, mean daily minimum and mean daily maximum air temperature [°C], mean relative humidity [%], mean
/// wind speed at 10 m [m/s]. Lines starting with '#' are comments; <c>key: value</c> comments set the site. The
/// values are checked as <see cref="MonthlyClimateNormals"/> requires, with file, line and field in the message.</para>
/// </remarks>
public static class ClimateNormalsCsvReader
{
    /// <summary>The column names, in the order the format lists them.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["month", "ghi_kwh_m2", "dhi_kwh_m2", "temp_mean_c", "temp_min_c", "temp_max_c", "relative_humidity", "wind_speed"];

    /// <summary>Reads the normals CSV at <paramref name="path"/>.</summary>
    /// <param name="path">Path of the .csv file.</param>
    /// <exception cref="InputFileException">The file is malformed or holds an impossible value (message names file, line, field).</exception>
    public static MonthlyClimateNormals Read(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <summary>Reads normals CSV text from <paramref name="reader"/>; <paramref name="sourceName"/> names it in messages.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="sourceName">The file name to report in errors and in <see cref="MonthlyClimateNormals.Source"/>.</param>
    public static MonthlyClimateNormals Read(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lines = new NumberedLineReader(reader, sourceName);
        var meta = new Dictionary<string, (string Value, int Line)>(StringComparer.OrdinalIgnoreCase);
        int[]? index = null;
        var months = new List<MonthlyNormal>(12);
        var monthLines = new List<int>(12);
        while (lines.Next() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
                continue;
            if (trimmed.StartsWith('#'))
            {
                var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
                if (colon > 1)
                    meta[trimmed[1..colon].Trim()] = (trimmed[(colon + 1)..].Trim(), lines.Line);
                continue;
            }
            var f = FieldSplitter.SplitHeader(trimmed);
            if (index is null)
            {
                index = new int[Columns.Count];
                for (var c = 0; c < Columns.Count; c++)
                {
                    index[c] = Array.IndexOf(f, Columns[c]);
                    if (index[c] < 0)
                        throw lines.Error(Columns[c], "absent", $"a column named '{Columns[c]}' in the header row ({string.Join(",", Columns)})");
                }
                continue;
            }
            if (months.Count == 12)
                throw lines.Error("month", f[0], "exactly 12 monthly rows");
            if (f.Length < index.Max() + 1)
                throw lines.Error("fields", f.Length.ToString(CultureInfo.InvariantCulture), "8 comma-separated fields as in the header row");
            months.Add(ReadRow(f, index, lines, months.Count + 1));
            monthLines.Add(lines.Line);
        }
        if (index is null)
            throw new InputFileException(sourceName, lines.Line, "header", "absent", $"a header row {string.Join(",", Columns)}");
        if (months.Count != 12)
            throw new InputFileException(sourceName, lines.Line, "month", months.Count.ToString(CultureInfo.InvariantCulture) + " rows", "exactly 12 monthly rows, January to December");

        var site = new Site(
            meta.TryGetValue("name", out var n) && n.Value.Length > 0 ? n.Value : Path.GetFileNameWithoutExtension(sourceName),
            Meta(meta, "latitude", -90, 90, sourceName),
            Meta(meta, "longitude", -180, 180, sourceName),
            Meta(meta, "elevation", -500, 9000, sourceName),
            Meta(meta, "utc_offset", -12, 14, sourceName));
        return new MonthlyClimateNormals(site, months, $"{Path.GetFileName(sourceName)} (monthly normals CSV)");
    }

    private static MonthlyNormal ReadRow(string[] f, int[] index, NumberedLineReader lines, int expectedMonth)
    {
        var month = FieldParser.Integer(f[index[0]], lines, "month", "the month number");
        if (month != expectedMonth)
            throw lines.Error("month", f[index[0]], string.Create(CultureInfo.InvariantCulture, $"{expectedMonth} (months in order 1 to 12)"));
        var ghi = FieldParser.InRange(f[index[1]], lines, "ghi_kwh_m2", 0, 400);
        double? dhi = f[index[2]].Length == 0 ? null : FieldParser.InRange(f[index[2]], lines, "dhi_kwh_m2", 0, ghi);
        var mean = FieldParser.InRange(f[index[3]], lines, "temp_mean_c", -70, 70);
        var min = FieldParser.InRange(f[index[4]], lines, "temp_min_c", -70, mean);
        var max = FieldParser.InRange(f[index[5]], lines, "temp_max_c", mean, 70);
        var rh = FieldParser.InRange(f[index[6]], lines, "relative_humidity", 0, 100);
        var wind = FieldParser.InRange(f[index[7]], lines, "wind_speed", 0, 40);
        return new MonthlyNormal(month, ghi, dhi, mean, min, max, rh, wind);
    }

    private static double Meta(Dictionary<string, (string Value, int Line)> meta, string key, double min, double max, string sourceName)
    {
        if (!meta.TryGetValue(key, out var entry))
            throw new InputFileException(sourceName, 0, key, "absent", $"a comment line '# {key}: …' giving the site's {key}");
        var lines = new NumberedLineReader(TextReader.Null, sourceName) { Line = entry.Line };
        return FieldParser.InRange(entry.Value, lines, key, min, max);
    }
}
