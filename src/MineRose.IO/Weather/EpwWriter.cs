using System.Globalization;
using System.Text;
using MineRose.Core;
using MineRose.Core.Weather;

namespace MineRose.IO.Weather;

/// <summary>Writes a <see cref="WeatherSeries"/> as a standard EnergyPlus weather file (EPW) [30] that EnergyPlus and pvlib read.</summary>
/// <remarks>
/// <para>The series must be hourly and cover exactly one local standard-time year from 1 January 00:00 (8760 or 8784
/// rows). Output: the 8 EPW header lines (LOCATION from the site; empty design conditions, typical periods and
/// ground temperatures; no daylight saving; the source in COMMENTS 1; one data period of 1 record per hour), then one
/// row of 35 fields per hour in hour-ending local standard time (hour h covers [h−1, h)).</para>
/// <para>Fields the series has are written with round-trip precision; missing values (NaN) and fields it does not
/// have get the EPW missing codes [30]. The dew point, which EnergyPlus needs with the humidity, is computed from air
/// temperature T and relative humidity RH with the Magnus formula of Alduchov and Eskridge [37]:
/// γ = ln(RH/100) + a·T/(b + T), T_d = b·γ/(a − γ), a = 17.625, b = 243.04 °C.</para>
/// </remarks>
public static class EpwWriter
{
    private const string SourceFlags = "?9?9?9?9?9?9?9?9?9?9?9?9?9?9?9?9?9?9?9?9?9?9?9";

    // Fields 11–13, 17–20 and 23–35 of an EPW row, which MineRose does not model: their missing codes [30].
    private const string MissingExtraterrestrialAndInfrared = "9999,9999,9999";
    private const string MissingIlluminance = "999999,999999,999999,9999";
    private const string MissingWindDirection = "999";
    private const string MissingRest = "99,99,9999,99999,9,999999999,999,0.999,999,99,999,999,99";

    /// <summary>Writes <paramref name="series"/> to the EPW file <paramref name="path"/> (UTF-8 without BOM, LF line ends).</summary>
    /// <param name="series">An hourly series of one local standard year.</param>
    /// <param name="path">Path of the .epw file to create or overwrite.</param>
    /// <exception cref="InvalidInputException">The series is not hourly or not one local standard year from 1 January.</exception>
    public static void Write(WeatherSeries series, string path)
    {
        ArgumentNullException.ThrowIfNull(series);
        var year = CheckWritable(series);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Write(series, writer, year);
    }

    /// <summary>Writes <paramref name="series"/> as EPW text to <paramref name="writer"/>.</summary>
    /// <param name="series">An hourly series of one local standard year.</param>
    /// <param name="writer">Where the text goes.</param>
    /// <exception cref="InvalidInputException">The series is not hourly or not one local standard year from 1 January.</exception>
    public static void Write(WeatherSeries series, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(writer);
        Write(series, writer, CheckWritable(series));
    }

    private static int CheckWritable(WeatherSeries series)
    {
        series.Site.Validated();
        var grid = series.Grid;
        if (grid.Step != TimeSpan.FromHours(1))
            throw new InvalidInputException("series step", grid.Step.ToString(), "1 hour (EPW files written here are hourly)");
        var localStart = grid.StartUtc + TimeSpan.FromHours(series.Site.UtcOffsetHours);
        var year = localStart.Year;
        if (localStart != new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc) || grid.Count != (DateTime.IsLeapYear(year) ? 8784 : 8760))
        {
            throw new InvalidInputException("series span",
                string.Create(CultureInfo.InvariantCulture, $"{grid.Count} h from {localStart:yyyy-MM-dd HH:mm} local"),
                "one local standard year from 1 January 00:00 (8760 h, or 8784 h in a leap year)");
        }
        return year;
    }

    private static void Write(WeatherSeries series, TextWriter w, int year)
    {
        w.NewLine = "\n";
        var site = series.Site;
        var inv = CultureInfo.InvariantCulture;
        w.WriteLine(string.Create(inv,
            $"LOCATION,{Clean(site.Name)},-,-,MineRose,-,{site.LatitudeDeg:0.######},{site.LongitudeDeg:0.######},{site.UtcOffsetHours:0.##},{site.ElevationM:0.#}"));
        w.WriteLine("DESIGN CONDITIONS,0");
        w.WriteLine("TYPICAL/EXTREME PERIODS,0");
        w.WriteLine("GROUND TEMPERATURES,0");
        w.WriteLine("HOLIDAYS/DAYLIGHT SAVINGS,No,0,0,0");
        w.WriteLine($"COMMENTS 1,Written by MineRose from {Clean(series.Source)}");
        w.WriteLine(string.Create(inv, $"COMMENTS 2,{series.MissingValues} values missing in the source are written as EPW missing codes"));
        var jan1 = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        w.WriteLine($"DATA PERIODS,1,1,Data,{jan1.DayOfWeek},1/1,12/31");

        var rh = series.RelativeHumidityPercent;
        var pressure = series.PressurePa;
        for (var i = 0; i < series.Count; i++)
        {
            var local = jan1.AddHours(i);
            var t = series.TempAirC[i];
            var h = rh is null ? double.NaN : rh[i];
            w.Write(year.ToString(inv));
            w.Write(',');
            w.Write(local.Month.ToString(inv));
            w.Write(',');
            w.Write(local.Day.ToString(inv));
            w.Write(',');
            w.Write((local.Hour + 1).ToString(inv));
            w.Write(",60,");
            w.Write(SourceFlags);
            w.Write(',');
            WriteValue(w, t, "99.9");
            w.Write(',');
            WriteDewPoint(w, t, h);
            w.Write(',');
            WriteValue(w, h, "999");
            w.Write(',');
            WriteValue(w, pressure is null ? double.NaN : pressure[i], "999999");
            w.Write(',');
            w.Write(MissingExtraterrestrialAndInfrared);
            w.Write(',');
            WriteValue(w, series.GhiWm2[i], "9999");
            w.Write(',');
            WriteValue(w, series.DniWm2[i], "9999");
            w.Write(',');
            WriteValue(w, series.DhiWm2[i], "9999");
            w.Write(',');
            w.Write(MissingIlluminance);
            w.Write(',');
            w.Write(MissingWindDirection);
            w.Write(',');
            WriteValue(w, series.WindSpeedMs[i], "999");
            w.Write(',');
            w.Write(MissingRest);
            w.WriteLine();
        }
    }

    private static void WriteValue(TextWriter w, double value, string missingCode)
    {
        if (double.IsNaN(value))
            w.Write(missingCode);
        else
            w.Write(value.ToString("R", CultureInfo.InvariantCulture));
    }

    private static void WriteDewPoint(TextWriter w, double tempC, double rhPercent)
    {
        if (double.IsNaN(tempC) || double.IsNaN(rhPercent) || rhPercent <= 0)
        {
            w.Write("99.9");
            return;
        }
        w.Write(DewPointC(tempC, rhPercent).ToString("0.0", CultureInfo.InvariantCulture));
    }

    /// <summary>Dew point from air temperature and relative humidity, Magnus form of Alduchov and Eskridge [37].</summary>
    /// <param name="tempC">Air temperature [°C].</param>
    /// <param name="rhPercent">Relative humidity [%], &gt; 0.</param>
    /// <returns>Dew-point temperature [°C].</returns>
    internal static double DewPointC(double tempC, double rhPercent)
    {
        const double a = 17.625;
        const double b = 243.04;
        var gamma = Math.Log(rhPercent / 100) + a * tempC / (b + tempC);
        return b * gamma / (a - gamma);
    }

    private static string Clean(string text) => text.Replace(',', ';').Replace('\n', ' ').Replace('\r', ' ');
}
