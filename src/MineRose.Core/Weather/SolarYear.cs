using MineRose.Core.Solar;
using MineRose.Core.Time;

namespace MineRose.Core.Weather;

/// <summary>The sun over one nominal local year at a site, hour by hour: what the synthetic year needs from the merged solar
/// models (SPA sun path, extraterrestrial irradiance, air mass, Ineichen clear sky).</summary>
internal sealed class SolarYear
{
    public const int Days = 365;
    public const int Hours = Days * 24;
    private const double DegToRad = Math.PI / 180.0;

    private static readonly int[] MonthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

    private SolarYear(Site site, TimeGrid grid, SunPath sun, double pressurePa, double clearSkyLinkeTurbidity)
    {
        Site = site;
        Grid = grid;
        Sun = sun;
        PressurePa = pressurePa;
        SinElevation = new double[Hours];
        ExtraterrestrialWm2 = new double[Hours];
        ClearSkyCapWm2 = new double[Hours];
        SolarHour = new double[Hours];
        DailyExtraterrestrialWh = new double[Days];
        MonthlyExtraterrestrialWh = new double[12];

        // apparent solar time = local standard time + 4 min per degree east of the zone meridian + equation of time
        var meridianHours = (site.LongitudeDeg - 15.0 * site.UtcOffsetHours) / 15.0;
        var equationOfTime = sun.Ephemeris.EquationOfTimeMinutes;
        for (var i = 0; i < Hours; i++)
        {
            SolarHour[i] = (i % 24) + 0.5 + meridianHours + equationOfTime[i] / 60.0;
            var cosZenith = Math.Cos(sun.ZenithDeg[i] * DegToRad);
            if (cosZenith <= 0)
                continue;
            var normalWm2 = Extraterrestrial.NormalIrradianceWm2(sun.EarthSunDistanceAu[i]);
            var horizontalWm2 = normalWm2 * cosZenith;
            SinElevation[i] = cosZenith;
            ExtraterrestrialWm2[i] = horizontalWm2;
            var airMass = AirMass.Absolute(AirMass.RelativeKastenYoung(sun.ApparentZenithDeg[i]), pressurePa);
            var clear = ClearSky.Ineichen(sun.ApparentZenithDeg[i], airMass, clearSkyLinkeTurbidity, site.ElevationM, normalWm2);
            ClearSkyCapWm2[i] = Math.Min(clear.GhiWm2, horizontalWm2);
            DailyExtraterrestrialWh[i / 24] += horizontalWm2;
        }
        for (var d = 0; d < Days; d++)
            MonthlyExtraterrestrialWh[MonthOfDay(d)] += DailyExtraterrestrialWh[d];
    }

    public Site Site { get; }

    /// <summary>Hourly grid from local midnight on 1 January, in UTC.</summary>
    public TimeGrid Grid { get; }

    public SunPath Sun { get; }

    /// <summary>Station pressure from the elevation [Pa].</summary>
    public double PressurePa { get; }

    /// <summary>sin of the true sun elevation at each midpoint [-]; 0 when the sun is down.</summary>
    public double[] SinElevation { get; }

    /// <summary>Extraterrestrial irradiance on the horizontal at each midpoint [W/m²].</summary>
    public double[] ExtraterrestrialWm2 { get; }

    /// <summary>Upper bound of GHI each hour: Ineichen clear sky, never above the extraterrestrial [W/m²].</summary>
    public double[] ClearSkyCapWm2 { get; }

    /// <summary>Apparent solar time of each midpoint, counted from the local day's midnight (may leave [0, 24) by ≈1 h) [h].</summary>
    public double[] SolarHour { get; }

    /// <summary>Extraterrestrial horizontal irradiation H₀ of each local day [Wh/m²].</summary>
    public double[] DailyExtraterrestrialWh { get; }

    /// <summary>Extraterrestrial horizontal irradiation of each local month [Wh/m²].</summary>
    public double[] MonthlyExtraterrestrialWh { get; }

    public static ReadOnlySpan<int> DaysInMonth => MonthLengths;

    /// <summary>The sun at <paramref name="site"/> over the local common year <paramref name="year"/>.</summary>
    public static SolarYear For(Site site, int year, double annualMeanTemperatureC, double clearSkyLinkeTurbidity)
    {
        var startUtc = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc) - TimeSpan.FromHours(site.UtcOffsetHours);
        var grid = TimeGrid.Hourly(startUtc, Hours);
        var pressurePa = AirMass.PressureFromAltitudePa(site.ElevationM);
        var sun = SunPath.For(SolarEphemeris.For(grid), site, pressurePa / 100.0, Math.Clamp(annualMeanTemperatureC, -90, 70));
        return new SolarYear(site, grid, sun, pressurePa, clearSkyLinkeTurbidity);
    }

    /// <summary>Zero-based month of a zero-based day of the common year.</summary>
    public static int MonthOfDay(int day)
    {
        var m = 0;
        while (day >= MonthLengths[m])
        {
            day -= MonthLengths[m];
            m++;
        }
        return m;
    }

    /// <summary>Zero-based day of the year on which zero-based month <paramref name="month"/> starts.</summary>
    public static int FirstDayOfMonth(int month)
    {
        var d = 0;
        for (var m = 0; m < month; m++)
            d += MonthLengths[m];
        return d;
    }
}
