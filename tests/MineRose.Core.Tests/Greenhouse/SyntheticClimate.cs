using MineRose.Core.Greenhouse;
using MineRose.Core.Time;
using MineRose.Core.Weather;

namespace MineRose.Core.Tests.Greenhouse;

/// <summary>Monthly climate normals of a place, each array holding 12 months (January first).</summary>
internal sealed record MonthlyNormals(
    Site Site,
    double[] GhiKwhM2,
    double[] MeanTemperatureC,
    double[] DailyRangeK,
    double[]? RelativeHumidityPercent,
    double[] WindSpeedMs,
    string Source);

/// <summary>Builds an hourly synthetic year that reproduces monthly normals exactly (independent of the model under test).</summary>
/// <remarks>
/// GHI: each hour gets the mean of cos(zenith) over four sub-samples (Cooper declination, local solar time from the
/// longitude, no equation of time), scaled per month so the monthly sum equals the normal. Temperature: monthly mean plus a
/// cosine of half the daily range, lowest at 03:00 and highest at 15:00 local time, so each month's mean is exact.
/// Humidity: the monthly mean vapour pressure held through the day. Wind: the monthly mean.
/// </remarks>
internal static class SyntheticClimate
{
    private static readonly int[] DaysInMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

    public static WeatherSeries Year(MonthlyNormals normals, int stepsPerHour = 1)
    {
        var site = normals.Site;
        var n = 8760 * stepsPerHour;
        var stepH = 1.0 / stepsPerHour;
        var startUtc = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(-site.UtcOffsetHours);
        var grid = new TimeGrid(startUtc, TimeSpan.FromHours(stepH), n);
        var ghi = new double[n];
        var temp = new double[n];
        var wind = new double[n];
        var rh = normals.RelativeHumidityPercent is null ? null : new double[n];
        var month = new int[n];
        var cosSum = new double[12];
        var lat = site.LatitudeDeg * Math.PI / 180;
        var solarOffsetH = (site.LongitudeDeg - 15 * site.UtcOffsetHours) / 15;
        for (var i = 0; i < n; i++)
        {
            var localH = i * stepH;
            var day = (int)(localH / 24);
            var m = MonthOf(day);
            month[i] = m;
            var hourOfDay = localH - 24 * day;
            var decl = 23.45 * Math.PI / 180 * Math.Sin(2 * Math.PI * (284 + day + 1) / 365);
            double cosZ = 0;
            for (var k = 0; k < 4; k++)
            {
                var solarH = hourOfDay + (k + 0.5) * stepH / 4 + solarOffsetH;
                var omega = (solarH - 12) * 15 * Math.PI / 180;
                cosZ += Math.Max(0, Math.Sin(lat) * Math.Sin(decl) + Math.Cos(lat) * Math.Cos(decl) * Math.Cos(omega)) / 4;
            }
            ghi[i] = cosZ;
            cosSum[m] += cosZ * stepH;
            var midH = hourOfDay + stepH / 2;
            temp[i] = normals.MeanTemperatureC[m] + normals.DailyRangeK[m] / 2 * Math.Cos(2 * Math.PI * (midH - 15) / 24);
            wind[i] = normals.WindSpeedMs[m];
            if (rh is not null)
            {
                var vapour = normals.RelativeHumidityPercent![m] / 100 * Psychrometrics.SaturationVapourPressurePa(normals.MeanTemperatureC[m]);
                rh[i] = Math.Min(100, 100 * vapour / Psychrometrics.SaturationVapourPressurePa(temp[i]));
            }
        }
        for (var i = 0; i < n; i++)
            ghi[i] *= normals.GhiKwhM2[month[i]] * 1000 / cosSum[month[i]];
        return new WeatherSeries(site, grid, ghi, new double[n], new double[n], temp, wind, rh, null, "synthetic from " + normals.Source, 0);
    }

    /// <summary>A constant climate (for steady-state checks).</summary>
    public static WeatherSeries Constant(int hours, double temperatureC, double ghiWm2, double windMs, double? rhPercent, int stepsPerHour = 1)
    {
        var n = hours * stepsPerHour;
        var grid = new TimeGrid(new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc), TimeSpan.FromHours(1.0 / stepsPerHour), n);
        var site = new Site("test", 52, 5, 0, 0);
        return new WeatherSeries(site, grid, Fill(n, ghiWm2), new double[n], new double[n], Fill(n, temperatureC), Fill(n, windMs),
            rhPercent is { } r ? Fill(n, r) : null, null, "constant", 0);
    }

    public static int MonthOf(int dayOfYear)
    {
        var m = 0;
        var d = dayOfYear;
        while (m < 11 && d >= DaysInMonth[m])
            d -= DaysInMonth[m++];
        return m;
    }

    private static double[] Fill(int n, double value)
    {
        var a = new double[n];
        Array.Fill(a, value);
        return a;
    }
}
