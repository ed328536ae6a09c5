using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using MineRose.Core.Screening;

namespace MineRose.IO.Screening;

/// <summary>Writes mines.geojson: a FeatureCollection [255] of Point features (longitude, latitude) with the properties of
/// <see cref="ScreeningColumns"/>, and GEM's credit as the collection's "credit" member when the data is GEM's.</summary>
public static class MinesGeoJsonWriter
{
    /// <summary>Writes the mines.</summary>
    /// <param name="stream">Where to write (UTF-8).</param>
    /// <param name="mines">The ranked mines.</param>
    /// <param name="credit">Credit, or null.</param>
    public static void Write(Stream stream, IReadOnlyList<RankedMine> mines, string? credit)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(mines);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) });
        w.WriteStartObject();
        w.WriteString("type", "FeatureCollection");
        if (credit is not null)
            w.WriteString("credit", credit);
        w.WriteStartArray("features");
        foreach (var m in mines)
        {
            w.WriteStartObject();
            w.WriteString("type", "Feature");
            w.WriteStartObject("geometry");
            w.WriteString("type", "Point");
            w.WriteStartArray("coordinates");
            w.WriteNumberValue(m.Result.LongitudeDeg);
            w.WriteNumberValue(m.Result.LatitudeDeg);
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartObject("properties");
            foreach (var (name, (number, text)) in ScreeningColumns.Names.Zip(ScreeningColumns.Values(m)))
            {
                if (number)
                {
                    // The CSV's invariant G10 text is a JSON number already: written as is, not parsed back.
                    w.WritePropertyName(name);
                    if (text.Length == 0)
                        w.WriteNullValue();
                    else
                        w.WriteRawValue(text);
                }
                else
                    w.WriteString(name, text);
            }
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
