using MineRose.Core;
using MineRose.Core.Pv;
using MineRose.Core.Weather;
using MineRose.IO.Weather;

namespace MineRose.IO.Pv;

/// <summary>Reads a CSV of many PV sites or designs for <c>minerose pv --sites</c>.</summary>
/// <remarks>
/// <code>
/// name,latitude,longitude,elevation,tilt,azimuth,dc_kw[,weather]
/// Dakuishan slope A,36.70,118.00,200,30,180,2600
/// Jinan roof,36.60,117.01,215,20,170,500,CHN_SD_Jinan.Tsinan.548230_TMYx.epw
/// </code>
/// Units: latitude and longitude [°] (north and east positive), elevation [m], tilt [°] from horizontal, azimuth [°]
/// clockwise from north (180 = south), dc_kw [kWp]. Columns may come in any order; '#' lines are comments. A
/// <c>weather</c> path is relative to the sites file. Every other design value takes the <c>pv</c> defaults or the
/// command's options. Any bad field fails the whole file with file, line and field: no row is dropped silently.
/// </remarks>
public static class PvSitesCsvReader
{
    /// <summary>The required columns.</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } = ["name", "latitude", "longitude", "elevation", "tilt", "azimuth", "dc_kw"];

    /// <summary>Reads the sites file at <paramref name="path"/>; each row's design starts from <paramref name="template"/>.</summary>
    public static IReadOnlyList<PvSiteRow> Read(string path, PvArraySpec template)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path, template, Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".");
    }

    /// <summary>Reads sites CSV text; <paramref name="sourceName"/> names it in messages, <paramref name="baseDirectory"/> resolves weather paths.</summary>
    public static IReadOnlyList<PvSiteRow> Read(TextReader reader, string sourceName, PvArraySpec template, string baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(template);
        var lines = new NumberedLineReader(reader, sourceName);
        Dictionary<string, int>? columns = null;
        var rows = new List<PvSiteRow>();
        while (lines.Next() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
                continue;
            var fields = FieldSplitter.SplitHeader(trimmed);
            if (columns is null)
            {
                columns = Header(fields, lines);
                continue;
            }
            rows.Add(Row(fields, columns, lines, template, baseDirectory));
        }
        if (columns is null)
            throw new InputFileException(sourceName, 0, "header", "absent", $"a header row with {string.Join(",", RequiredColumns)}");
        if (rows.Count == 0)
            throw new InputFileException(sourceName, lines.Line, "rows", "none", "at least one site row");
        return rows;
    }

    private static Dictionary<string, int> Header(string[] fields, NumberedLineReader lines)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < fields.Length; i++)
            columns[fields[i]] = i;
        foreach (var required in RequiredColumns)
        {
            if (!columns.ContainsKey(required))
                throw lines.Error(required, "absent", $"a column named '{required}' in the header row ({string.Join(",", RequiredColumns)}[,weather])");
        }
        return columns;
    }

    private static PvSiteRow Row(string[] f, Dictionary<string, int> columns, NumberedLineReader lines, PvArraySpec template, string baseDirectory)
    {
        if (f.Length < columns.Values.Max() + 1 && f.Length < RequiredColumns.Max(c => columns[c]) + 1)
            throw lines.Error("fields", f.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{columns.Count} comma-separated fields as in the header row");
        string Text(string column) => f[columns[column]];
        double Number(string column, double min, double max) => FieldParser.InRange(Text(column), lines, column, min, max);

        var name = Text("name");
        if (name.Length == 0)
            throw lines.Error("name", "", "a non-empty name");
        var site = new Site(name, Number("latitude", -90, 90), Number("longitude", -180, 180), Number("elevation", -500, 9000), 0);
        var spec = template with
        {
            DcCapacityKw = Number("dc_kw", 1e-3, 1e8),
            Geometry = template.Geometry with { TiltDeg = Number("tilt", 0, 90), AzimuthDeg = Number("azimuth", 0, 360) },
        };
        try
        {
            spec.Validated();
        }
        catch (InvalidInputException ex) when (ex is not InputFileException)
        {
            throw lines.Error(ex.Field, ex.Value, ex.Expected);
        }
        string? weather = null;
        if (columns.TryGetValue("weather", out var w) && w < f.Length && f[w].Length > 0)
            weather = Path.GetFullPath(Path.Combine(baseDirectory, f[w]));
        return new PvSiteRow(name, site, spec, weather, lines.Line);
    }
}
