using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MineRose.IO.Mines;

/// <summary>Reads a user's list of candidate mines from GeoJSON [255]: a FeatureCollection of Point features whose properties
/// are the columns of <see cref="MineListCsvReader"/> (name, depth_m, mine_type, status, land_available_ha, and optionally
/// mine_water_inflow_m3_h, mine_water_temperature_c); the point gives longitude and latitude (WGS 84, in that order).</summary>
/// <remarks>Each feature is checked exactly as a CSV row; a rejected feature is reported with its 1-based feature number in
/// <see cref="RejectedRow.Line"/>. A feature that is not a Point goes to the rejected rows. A file that is not a
/// FeatureCollection throws <see cref="InputFileException"/>.</remarks>
public static class MineListGeoJsonReader
{
    /// <summary>Reads the list at <paramref name="path"/>.</summary>
    /// <param name="path">The GeoJSON file.</param>
    public static MineListReadResult Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(stream);
        }
        catch (JsonException e)
        {
            throw new InputFileException(path, (int)(e.LineNumber ?? 0) + 1, "(json)", e.Message, "well-formed GeoJSON");
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.GetString() != "FeatureCollection"
                || !root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
                throw new InputFileException(path, 1, "type", "", "a GeoJSON FeatureCollection with a features array");
            string[] columns = [.. MineListCsvReader.RequiredColumns, .. MineListCsvReader.OptionalColumns];
            var csv = new StringBuilder();
            csv.AppendLine(string.Join(',', columns));
            var notPoints = new List<RejectedRow>();
            int k = 0;
            foreach (var f in features.EnumerateArray())
            {
                k++;
                var props = f.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
                if (!f.TryGetProperty("geometry", out var g) || g.ValueKind != JsonValueKind.Object || !g.TryGetProperty("type", out var gt)
                    || gt.GetString() != "Point" || !g.TryGetProperty("coordinates", out var c) || c.ValueKind != JsonValueKind.Array || c.GetArrayLength() < 2)
                {
                    notPoints.Add(new RejectedRow(path, k, "geometry", "", "a Point geometry with [longitude, latitude]"));
                    csv.AppendLine("#"); // keeps feature k on CSV line k + 1
                    continue;
                }
                var cells = columns.Select(col => col switch
                {
                    "latitude" => Number(c[1]),
                    "longitude" => Number(c[0]),
                    _ => props.ValueKind == JsonValueKind.Object && props.TryGetProperty(col, out var v) ? Text(v) : "",
                });
                csv.AppendLine(string.Join(',', cells.Select(Quote)));
            }
            var read = MineListCsvReader.Read(new StringReader(csv.ToString()), path);
            // CSV line n holds feature n − 1.
            var rejected = notPoints.Concat(read.Rejected.Select(r => r with { Line = r.Line - 1 })).OrderBy(r => r.Line).ToList();
            return new MineListReadResult(read.Mines, rejected, read.Credit);
        }
    }

    private static string Number(JsonElement e) => e.ValueKind == JsonValueKind.Number ? e.GetDouble().ToString("R", CultureInfo.InvariantCulture) : Text(e);

    private static string Text(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString() ?? "",
        JsonValueKind.Number => e.GetRawText(),
        JsonValueKind.Null => "",
        _ => e.GetRawText(),
    };

    private static string Quote(string s) =>
        "\"" + s.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
