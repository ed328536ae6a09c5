using System.Globalization;
using MineRose.Core.Mines;

namespace MineRose.IO.Mines;

/// <summary>Reads a user's own list of candidate mines from a plain CSV (RFC 4180 [212], decimal point, UTF-8).</summary>
/// <remarks>
/// <code>
/// name,latitude,longitude,depth_m,mine_type,status,land_available_ha,mine_water_inflow_m3_h,mine_water_temperature_c
/// Dakuishan,36.62,117.95,420,underground,closed,40,120,15
/// "Hongshan, No. 2 shaft",36.55,117.98,,underground,mothballed,,,
/// </code>
/// Required columns, in any order: <c>name</c>; <c>latitude</c> and <c>longitude</c> [°] (north and east positive);
/// <c>depth_m</c> [m] below the surface (empty = unknown); <c>mine_type</c> (underground, surface,
/// underground_and_surface or "underground &amp; surface", unknown; empty = unknown); <c>status</c> (operating,
/// proposed, mothballed, shelved, cancelled, closed); <c>land_available_ha</c> [ha] (empty = unknown).
/// Optional columns: <c>mine_water_inflow_m3_h</c> [m³/h] and <c>mine_water_temperature_c</c> [°C] (0–100).
/// Header names and words are case-insensitive; other columns are ignored; blank lines and lines starting with '#'
/// are skipped. A row with a wrong number of fields, no name, no or impossible coordinates, a negative quantity or an
/// unknown word goes to <see cref="MineListReadResult.Rejected"/> with file, line, field and reason. A missing or
/// repeated required column, an unclosed quote or a file without rows throws <see cref="InputFileException"/>.
/// </remarks>
public static class MineListCsvReader
{
    /// <summary>The columns every list must have.</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } =
        ["name", "latitude", "longitude", "depth_m", "mine_type", "status", "land_available_ha"];

    /// <summary>The columns a list may have.</summary>
    public static IReadOnlyList<string> OptionalColumns { get; } = ["mine_water_inflow_m3_h", "mine_water_temperature_c"];

    /// <summary>Reads the list at <paramref name="path"/>.</summary>
    /// <param name="path">The CSV file.</param>
    public static MineListReadResult Read(string path)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        return Read(reader, path);
    }

    /// <summary>Reads list text from <paramref name="reader"/>; <paramref name="sourceName"/> names it in messages and in <see cref="CandidateMine.Source"/>.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="sourceName">The file as the user named it.</param>
    public static MineListReadResult Read(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        var csv = new CsvRecordReader(reader, sourceName);
        var fields = new List<string>(16);
        Dictionary<string, int>? columns = null;
        var headerCount = 0;
        var mines = new List<CandidateMine>();
        var rejected = new List<RejectedRow>();
        var rows = 0;
        while (csv.Read(fields))
        {
            if ((fields.Count == 1 && fields[0].Trim().Length == 0) || fields[0].TrimStart().StartsWith('#'))
                continue;
            if (columns is null)
            {
                columns = Header(fields, csv);
                headerCount = fields.Count;
                continue;
            }
            rows++;
            if (Row(fields, headerCount, columns, csv, rejected) is { } mine)
                mines.Add(mine);
        }
        if (columns is null)
            throw new InputFileException(sourceName, 0, "header", "absent", $"a header row with {string.Join(",", RequiredColumns)}");
        if (rows == 0)
            throw new InputFileException(sourceName, csv.RecordLine, "rows", "none", "at least one mine row after the header");
        return new MineListReadResult(mines, rejected, $"User mine list {sourceName}");
    }

    private static Dictionary<string, int> Header(List<string> header, CsvRecordReader csv)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            var name = MineFieldText.NormaliseHeader(header[i]);
            if (!columns.TryAdd(name, i) && (RequiredColumns.Contains(name, StringComparer.OrdinalIgnoreCase) || OptionalColumns.Contains(name, StringComparer.OrdinalIgnoreCase)))
                throw new InputFileException(csv.SourceName, csv.RecordLine, name, "repeated", $"the column '{name}' once in the header row");
        }
        foreach (var required in RequiredColumns)
        {
            if (!columns.ContainsKey(required))
                throw new InputFileException(csv.SourceName, csv.RecordLine, required, "absent",
                    $"a column named '{required}' in the header row ({string.Join(",", RequiredColumns)}[,{string.Join(",", OptionalColumns)}])");
        }
        return columns;
    }

    private static CandidateMine? Row(List<string> f, int headerCount, Dictionary<string, int> columns, CsvRecordReader csv, List<RejectedRow> rejected)
    {
        var file = csv.SourceName;
        var line = csv.RecordLine;
        if (f.Count != headerCount)
        {
            rejected.Add(new RejectedRow(file, line, "fields", f.Count.ToString(CultureInfo.InvariantCulture),
                $"{f.Count.ToString(CultureInfo.InvariantCulture)} fields: expected {headerCount.ToString(CultureInfo.InvariantCulture)} as in the header row (quote a value that holds a comma)"));
            return null;
        }
        string Cell(string column) => columns.TryGetValue(column, out var i) ? f[i].Trim() : "";
        CandidateMine? Reject(string column, string reason)
        {
            rejected.Add(new RejectedRow(file, line, column, Cell(column), reason));
            return null;
        }
        bool Number(string column, double min, double max, out double? value)
        {
            value = null;
            var text = Cell(column);
            if (text.Length == 0)
                return true;
            if (!MineFieldText.TryDecimalPoint(text, out var v) || v < min || v > max)
                return false;
            value = v;
            return true;
        }

        var name = Cell("name");
        if (name.Length == 0)
            return Reject("name", "no name");
        if (Cell("latitude").Length == 0 || Cell("longitude").Length == 0)
            return Reject(Cell("latitude").Length == 0 ? "latitude" : "longitude", "no coordinates");
        if (!Number("latitude", -90, 90, out var lat))
            return Reject("latitude", "impossible latitude: expected a number of degrees in [-90, 90] with a decimal point");
        if (!Number("longitude", -180, 180, out var lon))
            return Reject("longitude", "impossible longitude: expected a number of degrees in [-180, 180] with a decimal point");
        if (!Number("depth_m", 0, 20_000, out var depth))
            return Reject("depth_m", "impossible depth: expected empty (unknown) or a number of metres in [0, 20000]");
        if (!TryMineType(Cell("mine_type"), out var type))
            return Reject("mine_type", "unknown mine type: expected underground, surface, underground_and_surface, unknown or empty");
        if (!TryStatus(Cell("status"), out var status))
            return Reject("status", "unknown status: expected operating, proposed, mothballed, shelved, cancelled or closed");
        if (!Number("land_available_ha", 0, double.MaxValue, out var land))
            return Reject("land_available_ha", "impossible land area: expected empty (unknown) or a number of hectares >= 0");
        if (!Number("mine_water_inflow_m3_h", 0, double.MaxValue, out var inflow))
            return Reject("mine_water_inflow_m3_h", "impossible inflow: expected empty (unknown) or a number of m³/h >= 0");
        if (!Number("mine_water_temperature_c", 0, 100, out var waterTemperature))
            return Reject("mine_water_temperature_c", "impossible water temperature: expected empty (unknown) or a number of °C in [0, 100]");

        return new CandidateMine
        {
            Name = name,
            LatitudeDeg = lat!.Value,
            LongitudeDeg = lon!.Value,
            Status = status,
            MineType = type,
            DepthM = depth,
            DepthAccuracy = depth is null ? DepthAccuracy.Unknown : DepthAccuracy.Exact,
            LandAvailableHa = land,
            MineWaterInflowM3H = inflow,
            MineWaterTemperatureC = waterTemperature,
            Source = file,
        };
    }

    private static bool TryMineType(string text, out MineType type)
    {
        type = MineType.Unknown;
        switch (text.ToUpperInvariant())
        {
            case "UNDERGROUND": type = MineType.Underground; return true;
            case "SURFACE": type = MineType.Surface; return true;
            case "UNDERGROUND_AND_SURFACE" or "UNDERGROUND & SURFACE": type = MineType.UndergroundAndSurface; return true;
            case "UNKNOWN" or "": return true;
            default: return false;
        }
    }

    private static bool TryStatus(string text, out MineStatus status) =>
        Enum.TryParse(text, ignoreCase: true, out status) && Enum.IsDefined(status) && !int.TryParse(text, out _);
}
