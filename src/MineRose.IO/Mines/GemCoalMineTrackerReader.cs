using System.Globalization;
using MineRose.Core.Mines;

namespace MineRose.IO.Mines;

/// <summary>Reads Global Energy Monitor's Global Coal Mine Tracker (GCMT) [210] as exported to CSV, quirks included,
/// into <see cref="CandidateMine"/> rows of one country (China by default).</summary>
/// <remarks>
/// Format: UTF-8 with BOM, comma-separated (RFC 4180 [212]); numbers in quoted cells carry a decimal comma ("43,7025").
/// Quirks handled, as documented in shared/mines/SOURCES.md:
/// <list type="bullet">
/// <item>Header cells with line breaks ("Mine Size\n(Km2)") are matched with white space collapsed.</item>
/// <item>The closed sheet's third header cell repeats "MSHA ID"; that column is read as "Country / Area".</item>
/// <item>The non-closed file has the closed sheet's rows appended, in the closed column order, under the non-closed
/// header (there the Status column holds a company HQ country). The first row whose Status is not one of Operating,
/// Proposed, Mothballed, Shelved or Cancelled starts that block; it and every row after it are skipped (they are read
/// from the closed file), and a known status after it fails the file, since the block would then not be what it seems.</item>
/// <item>A mine with phases has one row per phase with the same GEM id: each row is kept (capacity is per phase).</item>
/// <item>A depth whose "Depth Accuracy" is not "Exact" is unknown (<see cref="CandidateMine.DepthM"/> null): "Estimate"
/// depths are mostly a 456 m default fill.</item>
/// <item>An optional numeric cell that is not a number ("TBD", "1-20", "2015/2016", "1970s") is read as unknown (null).</item>
/// </list>
/// A row of the selected country without usable coordinates, or with an impossible value (latitude outside ±90°,
/// longitude outside ±180°, a negative depth, capacity, area, workforce or life, an unknown mine-type text), goes to
/// <see cref="MineListReadResult.Rejected"/>. A missing column fails the whole file with <see cref="InputFileException"/>.
/// </remarks>
public static class GemCoalMineTrackerReader
{
    /// <summary>The country read when none is given.</summary>
    public const string DefaultCountry = "China";

    private static readonly string[] NonClosedRequired =
    [
        "GEM Mine ID", "Country / Area", "Mine Name", "Mine Name (Non-ENG)", "Status", "Status Detail", "Capacity (Mtpa)",
        "Mine Type", "Mine Size (Km2)", "Mine Depth (m)", "Depth Accuracy", "Workforce Size", "Reserve to Production Ratio (R/P)",
        "Opening Year", "Closing Year", "Reported Life of Mine", "Prefecture, District", "State, Province", "Latitude",
        "Longitude", "Location Accuracy", "Gas-level Rating",
    ];

    private static readonly string[] ClosedRequired =
    [
        "GEM Mine ID", "Country / Area", "Mine Name", "Mine Name (Non-ENG)", "Capacity (Mtpa)", "Mine Type", "Mine Size (Km2)",
        "Mine Depth (m)", "Depth Accuracy", "Workforce Size", "Opening Year", "Closing Year", "Reason for Closure",
        "Mine Site Status", "Prefecture, District", "State, Province", "Latitude", "Longitude", "Location Accuracy",
    ];

    /// <summary>Reads GCMT's "Non-closed Mines" sheet at <paramref name="path"/>.</summary>
    /// <param name="path">The CSV export of the sheet.</param>
    /// <param name="country">The "Country / Area" to keep (case-insensitive); null keeps every country.</param>
    public static MineListReadResult ReadNonClosed(string path, string? country = DefaultCountry)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        return ReadNonClosed(reader, path, country);
    }

    /// <summary>Reads GCMT's "Non-closed Mines" sheet from <paramref name="reader"/>; <paramref name="sourceName"/> names it in messages.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="sourceName">The file as the user named it.</param>
    /// <param name="country">The "Country / Area" to keep (case-insensitive); null keeps every country.</param>
    public static MineListReadResult ReadNonClosed(TextReader reader, string sourceName, string? country = DefaultCountry) =>
        Read(reader, sourceName, country, closedSheet: false);

    /// <summary>Reads GCMT's "Closed Mines" sheet at <paramref name="path"/>; every row has status <see cref="MineStatus.Closed"/>.</summary>
    /// <param name="path">The CSV export of the sheet.</param>
    /// <param name="country">The "Country / Area" to keep (case-insensitive); null keeps every country.</param>
    public static MineListReadResult ReadClosed(string path, string? country = DefaultCountry)
    {
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        return ReadClosed(reader, path, country);
    }

    /// <summary>Reads GCMT's "Closed Mines" sheet from <paramref name="reader"/>; <paramref name="sourceName"/> names it in messages.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="sourceName">The file as the user named it.</param>
    /// <param name="country">The "Country / Area" to keep (case-insensitive); null keeps every country.</param>
    public static MineListReadResult ReadClosed(TextReader reader, string sourceName, string? country = DefaultCountry) =>
        Read(reader, sourceName, country, closedSheet: true);

    /// <summary>Reads both sheets, non-closed rows first, into one list (the closed rows appended to the non-closed file are not counted twice).</summary>
    /// <param name="nonClosedPath">The CSV export of the "Non-closed Mines" sheet.</param>
    /// <param name="closedPath">The CSV export of the "Closed Mines" sheet.</param>
    /// <param name="country">The "Country / Area" to keep (case-insensitive); null keeps every country.</param>
    public static MineListReadResult ReadBoth(string nonClosedPath, string closedPath, string? country = DefaultCountry)
    {
        var open = ReadNonClosed(nonClosedPath, country);
        var closed = ReadClosed(closedPath, country);
        return new MineListReadResult([.. open.Mines, .. closed.Mines], [.. open.Rejected, .. closed.Rejected], MineSource.GemCredit);
    }

    private static MineListReadResult Read(TextReader reader, string sourceName, string? country, bool closedSheet)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        var csv = new CsvRecordReader(reader, sourceName);
        var fields = new List<string>(80);
        if (!csv.Read(fields))
            throw new InputFileException(sourceName, 0, "header", "empty file", "a GCMT header row");
        var columns = Columns(fields, csv, closedSheet ? ClosedRequired : NonClosedRequired, closedSheet);
        var mines = new List<CandidateMine>(closedSheet ? 256 : 4096);
        var rejected = new List<RejectedRow>();
        var countryColumn = columns["Country / Area"];
        var statusColumn = closedSheet ? -1 : columns["Status"];
        var appendedBlockLine = 0;
        while (csv.Read(fields))
        {
            if (fields.Count == 1 && fields[0].Length == 0)
                continue; // blank line
            if (!closedSheet)
            {
                var statusText = statusColumn < fields.Count ? fields[statusColumn].Trim() : "";
                var known = TryStatus(statusText, out _);
                if (appendedBlockLine == 0 && !known)
                    appendedBlockLine = csv.RecordLine;
                if (appendedBlockLine != 0)
                {
                    if (known)
                        throw new InputFileException(sourceName, csv.RecordLine, "Status", statusText,
                            $"no non-closed row after line {appendedBlockLine.ToString(CultureInfo.InvariantCulture)}, where the rows with no "
                            + "Operating/Proposed/Mothballed/Shelved/Cancelled status (the appended closed sheet) begin");
                    continue;
                }
            }
            if (country is not null
                && (countryColumn >= fields.Count || !string.Equals(fields[countryColumn].Trim(), country, StringComparison.OrdinalIgnoreCase)))
                continue;
            if (Row(fields, columns, csv, closedSheet, rejected) is { } mine)
                mines.Add(mine);
        }
        return new MineListReadResult(mines, rejected, MineSource.GemCredit);
    }

    private static Dictionary<string, int> Columns(List<string> header, CsvRecordReader csv, string[] required, bool closedSheet)
    {
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            var name = MineFieldText.NormaliseHeader(header[i]);
            // GCMT's closed sheet labels its 3rd column "MSHA ID" a second time; the column holds the country.
            if (closedSheet && i == 2 && columns.ContainsKey(name) && name.Equals("MSHA ID", StringComparison.OrdinalIgnoreCase))
                name = "Country / Area";
            columns.TryAdd(name, i);
        }
        foreach (var name in required)
        {
            if (!columns.ContainsKey(name))
                throw new InputFileException(csv.SourceName, csv.RecordLine, name, "absent",
                    $"a column named '{name}' in the header of GCMT's {(closedSheet ? "Closed" : "Non-closed")} Mines sheet");
        }
        return columns;
    }

    private static CandidateMine? Row(List<string> f, Dictionary<string, int> columns, CsvRecordReader csv, bool closedSheet, List<RejectedRow> rejected)
    {
        var file = csv.SourceName;
        var line = csv.RecordLine;
        string Cell(string column) => columns[column] < f.Count ? f[columns[column]].Trim() : "";
        CandidateMine? Reject(string column, string reason)
        {
            rejected.Add(new RejectedRow(file, line, column, Cell(column), reason));
            return null;
        }

        if (Cell("Mine Name").Length == 0)
            return Reject("Mine Name", "no mine name");
        if (Cell("Latitude").Length == 0)
            return Reject("Latitude", "no coordinates");
        if (Cell("Longitude").Length == 0)
            return Reject("Longitude", "no coordinates");
        if (!MineFieldText.TryDecimalCommaOrPoint(Cell("Latitude"), out var lat) || lat is < -90 or > 90)
            return Reject("Latitude", "not a latitude: expected a number of degrees in [-90, 90]");
        if (!MineFieldText.TryDecimalCommaOrPoint(Cell("Longitude"), out var lon) || lon is < -180 or > 180)
            return Reject("Longitude", "not a longitude: expected a number of degrees in [-180, 180]");

        MineStatus status = MineStatus.Closed;
        if (!closedSheet && !TryStatus(Cell("Status"), out status))
            return Reject("Status", "unknown status"); // unreachable: such rows start the appended block
        if (!TryMineType(Cell("Mine Type"), out var type))
            return Reject("Mine Type", "unknown mine type: expected Underground, Surface, Underground & Surface, Not found or empty");
        if (!TryLocationAccuracy(Cell("Location Accuracy"), out var locationAccuracy))
            return Reject("Location Accuracy", "unknown location accuracy: expected Exact, Approximate or empty");
        if (!TryDepthAccuracy(Cell("Depth Accuracy"), out var depthAccuracy))
            return Reject("Depth Accuracy", "unknown depth accuracy: expected Exact, Estimate or empty");

        var depth = Optional(Cell("Mine Depth (m)"));
        if (depth is < 0)
            return Reject("Mine Depth (m)", "negative depth: expected 0 m or more");
        var capacity = Optional(Cell("Capacity (Mtpa)"));
        if (capacity is < 0)
            return Reject("Capacity (Mtpa)", "negative capacity: expected 0 Mtpa or more");
        var size = Optional(Cell("Mine Size (Km2)"));
        if (size is < 0)
            return Reject("Mine Size (Km2)", "negative mine size: expected 0 km² or more");
        var workforce = MineFieldText.Whole(Optional(Cell("Workforce Size")));
        if (workforce is < 0)
            return Reject("Workforce Size", "negative workforce: expected 0 persons or more");
        double? life = null, reserveRatio = null;
        if (!closedSheet)
        {
            life = Optional(Cell("Reported Life of Mine"));
            if (life is < 0)
                return Reject("Reported Life of Mine", "negative life of mine: expected 0 years or more");
            reserveRatio = Optional(Cell("Reserve to Production Ratio (R/P)"));
            if (reserveRatio is < 0)
                return Reject("Reserve to Production Ratio (R/P)", "negative R/P ratio: expected 0 years or more");
        }

        return new CandidateMine
        {
            GemMineId = MineFieldText.TextOrNull(Cell("GEM Mine ID")),
            Name = Cell("Mine Name"),
            NameNonEnglish = MineFieldText.TextOrNull(Cell("Mine Name (Non-ENG)")),
            Country = MineFieldText.TextOrNull(Cell("Country / Area")),
            Province = MineFieldText.TextOrNull(Cell("State, Province")),
            Prefecture = MineFieldText.TextOrNull(Cell("Prefecture, District")),
            LatitudeDeg = lat,
            LongitudeDeg = lon,
            LocationAccuracy = locationAccuracy,
            Status = status,
            StatusDetail = closedSheet ? null : MineFieldText.TextOrNull(Cell("Status Detail")),
            MineType = type,
            DepthM = depthAccuracy == DepthAccuracy.Exact ? depth : null,
            DepthAccuracy = depth is null ? DepthAccuracy.Unknown : depthAccuracy,
            CapacityMtpa = capacity,
            MineSizeKm2 = size,
            Workforce = workforce,
            OpeningYear = Year(Cell("Opening Year")),
            ClosingYear = Year(Cell("Closing Year")),
            ReportedLifeOfMineYears = life,
            ReserveToProductionRatioYears = reserveRatio,
            GasRating = closedSheet ? null : MineFieldText.TextOrNull(Cell("Gas-level Rating")),
            MineSiteStatus = closedSheet ? MineFieldText.TextOrNull(Cell("Mine Site Status")) : null,
            ReasonForClosure = closedSheet ? MineFieldText.TextOrNull(Cell("Reason for Closure")) : null,
            Source = closedSheet ? MineSource.GemClosedSheet : MineSource.GemNonClosedSheet,
        };
    }

    private static double? Optional(string text) =>
        MineFieldText.TryDecimalCommaOrPoint(text, out var value) ? value : null;

    private static int? Year(string text) =>
        MineFieldText.Whole(Optional(text)) is { } year && year is >= 1000 and <= 3000 ? year : null;

    private static bool TryStatus(string text, out MineStatus status)
    {
        status = MineStatus.Operating;
        switch (text.ToUpperInvariant())
        {
            case "OPERATING": status = MineStatus.Operating; return true;
            case "PROPOSED": status = MineStatus.Proposed; return true;
            case "MOTHBALLED": status = MineStatus.Mothballed; return true;
            case "SHELVED": status = MineStatus.Shelved; return true;
            case "CANCELLED": status = MineStatus.Cancelled; return true;
            default: return false;
        }
    }

    private static bool TryMineType(string text, out MineType type)
    {
        type = MineType.Unknown;
        switch (text.ToUpperInvariant())
        {
            case "UNDERGROUND": type = MineType.Underground; return true;
            case "SURFACE": type = MineType.Surface; return true;
            case "UNDERGROUND & SURFACE": type = MineType.UndergroundAndSurface; return true;
            case "NOT FOUND" or "": return true;
            default: return false;
        }
    }

    private static bool TryLocationAccuracy(string text, out LocationAccuracy accuracy)
    {
        accuracy = LocationAccuracy.Unknown;
        switch (text.ToUpperInvariant())
        {
            case "EXACT": accuracy = LocationAccuracy.Exact; return true;
            case "APPROXIMATE": accuracy = LocationAccuracy.Approximate; return true;
            case "": return true;
            default: return false;
        }
    }

    private static bool TryDepthAccuracy(string text, out DepthAccuracy accuracy)
    {
        accuracy = DepthAccuracy.Unknown;
        switch (text.ToUpperInvariant())
        {
            case "EXACT": accuracy = DepthAccuracy.Exact; return true;
            case "ESTIMATE": accuracy = DepthAccuracy.Estimate; return true;
            case "": return true;
            default: return false;
        }
    }
}
