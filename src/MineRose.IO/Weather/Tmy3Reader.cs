using System.Globalization;
using MineRose.Core.Time;
using MineRose.Core.Weather;

namespace MineRose.IO.Weather;

/// <summary>Reads an NSRDB TMY3 CSV file [31] into a <see cref="WeatherSeries"/>.</summary>
/// <remarks>
/// <para>Layout [31]: line 1 is the station (USAF, name, state, time zone [h from UTC], latitude [°N], longitude [°E],
/// elevation [m]); line 2 the column headers; then 8760 (or 8784) hourly rows. Columns used, found by their header:
/// <c>Date (MM/DD/YYYY)</c>, <c>Time (HH:MM)</c>, <c>GHI (W/m^2)</c>, <c>DNI (W/m^2)</c>, <c>DHI (W/m^2)</c>
/// [Wh/m² over the preceding hour = mean W/m²], <c>Dry-bulb (C)</c>, <c>RHum (%)</c>, <c>Pressure (mbar)</c>
/// (converted to Pa), <c>Wspd (m/s)</c>.</para>
/// <para>Time: hour-ending local standard time, 01:00–24:00; the row stamped hh:00 covers [hh−1, hh) local, and its
/// start in UTC is local − time zone. Months come from different years; the series is put on one nominal year
/// (<see cref="TypicalYearRows"/>). A value of −9900 is taken as the TMY3 missing code (from [31] as recalled, not re-checked here;
/// the revised TMY3 files have no gaps): stored as NaN and filled by <see cref="WeatherGapFilling"/>.</para>
/// </remarks>
public static class Tmy3Reader
{
    /// <summary>The value read as a missing TMY3 datum [31] (see remarks).</summary>
    public const double MissingValue = -9900;

    internal static readonly WeatherFieldNames Names = new(
        "GHI (W/m^2)", "DNI (W/m^2)", "DHI (W/m^2)", "Dry-bulb (C)", "Wspd (m/s)", "RHum (%)", "Pressure (mbar)");

    private const string DateColumn = "Date (MM/DD/YYYY)";
    private const string TimeColumn = "Time (HH:MM)";

    /// <summary>Reads the TMY3 file at <paramref name="path"/>.</summary>
    /// <param name="path">Path of the TMY3 .csv file.</param>
    /// <exception cref="InputFileException">The file is malformed or holds an impossible value (message names file, line, field).</exception>
    public static WeatherSeries Read(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <summary>Reads TMY3 text from <paramref name="reader"/>; <paramref name="sourceName"/> names it in messages.</summary>
    /// <param name="reader">The TMY3 text.</param>
    /// <param name="sourceName">The file name to report in errors and in <see cref="WeatherSeries.Source"/>.</param>
    public static WeatherSeries Read(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lines = new NumberedLineReader(reader, sourceName);
        var site = ReadStation(lines, out var usaf);
        var header = FieldSplitter.SplitHeader(lines.Require("the TMY3 column header line"));
        int Column(string name)
        {
            var index = Array.IndexOf(header, name);
            return index >= 0 ? index : throw lines.Error(name, "absent", $"a column named '{name}' in the TMY3 header (line 2)");
        }
        var date = Column(DateColumn);
        var time = Column(TimeColumn);
        var ghi = Column(Names.Ghi);
        var dni = Column(Names.Dni);
        var dhi = Column(Names.Dhi);
        var temp = Column(Names.TempAir);
        var rh = Column(Names.RelativeHumidity);
        var pressure = Column(Names.Pressure);
        var wind = Column(Names.WindSpeed);
        var needed = new[] { date, time, ghi, dni, dhi, temp, rh, pressure, wind }.Max() + 1;

        var columns = new WeatherColumns(8784);
        var stamps = new TypicalYearRows(8784);
        var fields = new Range[header.Length + 1];
        var count = 0;
        while (lines.Next() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
                continue;
            if (count == 8784)
                throw lines.Error("hours", "more than 8784 data rows", "8760 or 8784 hourly rows (one year)");
            var n = FieldSplitter.Split(line, ',', fields);
            if (n < needed)
            {
                throw lines.Error("fields", n.ToString(CultureInfo.InvariantCulture),
                    string.Create(CultureInfo.InvariantCulture, $"{header.Length} comma-separated fields as in the header (the file may be truncated)"));
            }
            var s = line.AsSpan();
            var (year, month, day) = ParseDate(s[fields[date]], lines);
            stamps.Set(count, year, month, day, ParseHour(s[fields[time]], lines));
            columns.GhiWm2[count] = WeatherLimits.ParseExactMissing(s[fields[ghi]], WeatherLimits.GhiWm2, MissingValue, lines, Names.Ghi);
            columns.DniWm2[count] = WeatherLimits.ParseExactMissing(s[fields[dni]], WeatherLimits.DniWm2, MissingValue, lines, Names.Dni);
            columns.DhiWm2[count] = WeatherLimits.ParseExactMissing(s[fields[dhi]], WeatherLimits.DhiWm2, MissingValue, lines, Names.Dhi);
            columns.TempAirC[count] = WeatherLimits.ParseExactMissing(s[fields[temp]], WeatherLimits.TempAirC, MissingValue, lines, Names.TempAir);
            columns.RelativeHumidityPercent[count] = WeatherLimits.ParseExactMissing(s[fields[rh]], WeatherLimits.RelativeHumidityPercent, MissingValue, lines, Names.RelativeHumidity);
            columns.PressurePa[count] = WeatherLimits.ParseExactMissing(s[fields[pressure]], WeatherLimits.PressurePa, MissingValue, lines, Names.Pressure, scale: 100);
            columns.WindSpeedMs[count] = WeatherLimits.ParseExactMissing(s[fields[wind]], WeatherLimits.WindSpeedMs, MissingValue, lines, Names.WindSpeed);
            columns.Lines[count] = lines.Line;
            count++;
        }
        if (!TypicalYearRows.IsYearLength(count))
        {
            throw new InputFileException(sourceName, lines.Line, "hours", count.ToString(CultureInfo.InvariantCulture),
                "8760 or 8784 hourly rows (one year); the file is truncated or has extra rows");
        }
        columns.Truncate(count);
        var year0 = stamps.NominalYear(count);
        stamps.CheckSequence(count, year0, hourEnding: true, columns.Lines, sourceName, DateColumn, TimeColumn);
        var startUtc = new DateTime(year0, 1, 1, 0, 0, 0, DateTimeKind.Utc) - TimeSpan.FromHours(site.UtcOffsetHours);
        var source = string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(sourceName)} (NSRDB TMY3, USAF {usaf}, nominal year {year0})");
        return columns.Build(site, TimeGrid.Hourly(startUtc, count), source, sourceName, Names, hasRelativeHumidity: true, hasPressure: true);
    }

    private static Site ReadStation(NumberedLineReader lines, out string usaf)
    {
        var first = lines.Require("the TMY3 station line");
        var f = FieldSplitter.SplitHeader(first);
        if (f.Length < 7)
            throw lines.Error("station", EpwReader.Shorten(first), "a TMY3 station line: USAF,name,state,time zone,latitude,longitude,elevation");
        usaf = f[0];
        var timeZone = FieldParser.InRange(f[3], lines, "time zone", -12, 14);
        var latitude = FieldParser.InRange(f[4], lines, "latitude", -90, 90);
        var longitude = FieldParser.InRange(f[5], lines, "longitude", -180, 180);
        var elevation = FieldParser.InRange(f[6], lines, "elevation", -500, 9000);
        var name = f[2].Length > 0 ? $"{f[1]}, {f[2]}" : f[1];
        return new Site(name, latitude, longitude, elevation, timeZone);
    }

    private static (int Year, int Month, int Day) ParseDate(ReadOnlySpan<char> text, NumberedLineReader lines)
    {
        var t = text.Trim();
        const string expected = "a date MM/DD/YYYY";
        if (t.Length != 10 || t[2] != '/' || t[5] != '/')
            throw lines.Error(DateColumn, t.ToString(), expected);
        return (FieldParser.Integer(t[6..], lines, DateColumn, expected),
                FieldParser.Integer(t[..2], lines, DateColumn, expected),
                FieldParser.Integer(t[3..5], lines, DateColumn, expected));
    }

    private static int ParseHour(ReadOnlySpan<char> text, NumberedLineReader lines)
    {
        var t = text.Trim();
        const string expected = "an hour-ending time 01:00 to 24:00";
        if (t.Length != 5 || t[2] != ':' || t[3] != '0' || t[4] != '0')
            throw lines.Error(TimeColumn, t.ToString(), expected);
        var hour = FieldParser.Integer(t[..2], lines, TimeColumn, expected);
        return hour is >= 1 and <= 24 ? hour : throw lines.Error(TimeColumn, t.ToString(), expected);
    }
}
