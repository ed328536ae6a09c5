using MineRose.Core.Weather;

namespace MineRose.IO.Weather;

/// <summary>Reads a weather file of any supported format, recognising the format from the file's content.</summary>
/// <remarks>
/// The first lines decide, not the extension: a first line <c>LOCATION,…</c> is an EPW (<see cref="EpwReader"/>);
/// a second line starting <c>Date (MM/DD/YYYY)</c> is a TMY3 CSV (<see cref="Tmy3Reader"/>); a
/// <c>Latitude (decimal degrees):</c> header with a <c>time(UTC),</c> column line is a PVGIS TMY
/// (<see cref="PvgisTmyReader"/>); a header row with <c>time</c> and <c>ghi</c> columns is the plain CSV
/// (<see cref="PlainCsvWeatherReader"/>). PVGIS hourly "seriescalc" output and monthly normals CSVs are recognised
/// and refused with a message saying what they are.
/// </remarks>
public static class WeatherFile
{
    /// <summary>The formats <see cref="Read"/> knows, as one line for messages.</summary>
    public const string KnownFormats =
        "EnergyPlus EPW (first line LOCATION,...), NSRDB TMY3 CSV (second line Date (MM/DD/YYYY),Time (HH:MM),...), " +
        "PVGIS TMY CSV (Latitude (decimal degrees): ... then time(UTC),T2m,RH,G(h),Gb(n),Gd(h),...), " +
        "or MineRose plain CSV (# latitude: ... comments, then a header row time,ghi,dni,dhi,temp_air,wind_speed)";

    private const int SniffLines = 60;

    /// <summary>Reads the weather file at <paramref name="path"/> with the reader its content calls for, and fills its
    /// missing and implausible values (<see cref="WeatherGapFilling.Fill"/>), so every model gets a number in every interval;
    /// <see cref="WeatherSeries.MissingValues"/> and <see cref="WeatherSeries.ImplausibleValues"/> say how many were filled.</summary>
    /// <param name="path">Path of the weather file.</param>
    /// <exception cref="InputFileException">The format is not recognised, or the file is malformed.</exception>
    public static WeatherSeries Read(string path)
    {
        var format = Sniff(path);
        var series = format switch
        {
            WeatherFileFormat.Epw => EpwReader.Read(path),
            WeatherFileFormat.Tmy3 => Tmy3Reader.Read(path),
            WeatherFileFormat.PvgisTmy => PvgisTmyReader.Read(path),
            _ => PlainCsvWeatherReader.Read(path),
        };
        return series.MissingValues + series.ImplausibleValues == 0 ? series : WeatherGapFilling.Fill(series);
    }

    /// <summary>The format of the weather file at <paramref name="path"/>, judged from its first lines.</summary>
    /// <param name="path">Path of the weather file.</param>
    /// <exception cref="InputFileException">No known format fits (the message lists the known ones).</exception>
    public static WeatherFileFormat Sniff(string path)
    {
        using var reader = new StreamReader(path);
        return Sniff(reader, path);
    }

    /// <summary>The format of weather text, judged from its first lines.</summary>
    /// <param name="reader">The text (only its first lines are read).</param>
    /// <param name="sourceName">The file name to report in errors.</param>
    public static WeatherFileFormat Sniff(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lines = new NumberedLineReader(reader, sourceName);
        var first = lines.Next() ?? throw new InputFileException(sourceName, 0, "format", "empty file", $"a weather file: {KnownFormats}");
        if (first.StartsWith("LOCATION,", StringComparison.OrdinalIgnoreCase))
            return WeatherFileFormat.Epw;
        var sawPvgisHeader = first.StartsWith("Latitude (decimal degrees):", StringComparison.Ordinal);
        var line = first;
        while (true)
        {
            var trimmed = line.Trim();
            if (lines.Line == 2 && trimmed.StartsWith("Date (MM/DD/YYYY)", StringComparison.Ordinal))
                return WeatherFileFormat.Tmy3;
            if (trimmed.StartsWith("Latitude (decimal degrees):", StringComparison.Ordinal))
                sawPvgisHeader = true;
            if (sawPvgisHeader && trimmed.StartsWith("time(UTC),", StringComparison.Ordinal))
                return WeatherFileFormat.PvgisTmy;
            if (sawPvgisHeader && trimmed.StartsWith("time,", StringComparison.Ordinal))
                throw PvgisTmyReader.RefuseSeriesCalc(lines, trimmed);
            if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
            {
                var header = FieldSplitter.SplitHeader(trimmed);
                if (header.Contains("time") && header.Contains("ghi"))
                    return WeatherFileFormat.PlainCsv;
                if (header.Contains("month") && header.Contains("ghi_kwh_m2"))
                {
                    throw lines.Error("format", "a monthly climate normals CSV",
                        "an hourly weather file; monthly normals are read by ClimateNormalsCsvReader (e.g. to synthesise a year)");
                }
                if (!sawPvgisHeader && lines.Line > 2)
                    break;
            }
            if (lines.Line >= SniffLines || lines.Next() is not { } next)
                break;
            line = next;
        }
        throw new InputFileException(sourceName, 0, "format", $"unrecognised (first line '{EpwReader.Shorten(first)}')", $"one of: {KnownFormats}");
    }
}
