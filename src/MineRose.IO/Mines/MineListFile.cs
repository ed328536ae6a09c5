using MineRose.Core.Mines;

namespace MineRose.IO.Mines;

/// <summary>Reads any supported mine list, telling the format from the file: GEM GCMT "Non-closed" or "Closed Mines" sheet
/// (a header starting with "GEM Mine ID"; the closed sheet has "Reason for Closure"), a user's CSV, or GeoJSON (.geojson, .json).</summary>
public static class MineListFile
{
    /// <summary>Reads the list at <paramref name="path"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="country">Country kept from GEM files; null for every country.</param>
    public static MineListReadResult Read(string path, string? country = GemCoalMineTrackerReader.DefaultCountry)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
            throw new InputFileException(path, 0, "MINES", path, "an existing mine list (GEM CSV, plain CSV or GeoJSON)");
        var ext = Path.GetExtension(path).ToUpperInvariant();
        if (ext is ".GEOJSON" or ".JSON")
            return MineListGeoJsonReader.Read(path);
        string header;
        using (var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true))
            header = ReadHeader(reader);
        if (header.TrimStart('\uFEFF', '"', ' ').StartsWith("GEM Mine ID", StringComparison.Ordinal))
            return header.Contains("Reason for Closure", StringComparison.Ordinal)
                ? GemCoalMineTrackerReader.ReadClosed(path, country)
                : GemCoalMineTrackerReader.ReadNonClosed(path, country);
        return MineListCsvReader.Read(path);
    }

    /// <summary>Whether any of the mines came from a GEM sheet (whose data must then carry GEM's credit).</summary>
    /// <param name="mines">The mines.</param>
    public static bool HasGemData(IEnumerable<CandidateMine> mines) => mines.Any(m => m.GemMineId is not null);

    // The header up to the first line break outside quotes (GEM header cells hold line breaks).
    private static string ReadHeader(TextReader reader)
    {
        var chars = new System.Text.StringBuilder();
        bool quoted = false;
        int c;
        while ((c = reader.Read()) >= 0 && chars.Length < 100_000)
        {
            if (c == '"')
                quoted = !quoted;
            else if (c == '\n' && !quoted)
                break;
            chars.Append((char)c);
        }
        return chars.ToString();
    }
}
