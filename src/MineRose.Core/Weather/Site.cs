namespace MineRose.Core.Weather;

/// <summary>A place on Earth: where a weather series was measured or where a park stands.</summary>
/// <param name="Name">A human-readable name, e.g. "Zibo (Dakuishan)".</param>
/// <param name="LatitudeDeg">Geodetic latitude [°], north positive, in [−90, 90].</param>
/// <param name="LongitudeDeg">Longitude [°], east positive, in [−180, 180].</param>
/// <param name="ElevationM">Height above mean sea level [m].</param>
/// <param name="UtcOffsetHours">Offset of local standard time from UTC [h], e.g. +8 for China Standard Time.</param>
public sealed record Site(string Name, double LatitudeDeg, double LongitudeDeg, double ElevationM, double UtcOffsetHours)
{
    /// <summary>Checks every field and returns the site, or throws naming the bad field.</summary>
    public Site Validated()
    {
        Guard.InRange(LatitudeDeg, -90, 90, "latitude");
        Guard.InRange(LongitudeDeg, -180, 180, "longitude");
        Guard.InRange(ElevationM, -500, 9000, "elevation");
        Guard.InRange(UtcOffsetHours, -12, 14, "time zone");
        return this;
    }

    /// <summary>The Dakuishan mine, Zichuan District, Zibo, Shandong (≈36.7 N, 118.0 E, ≈200 m; UTC+8) [FACTS.md].</summary>
    public static Site Dakuishan { get; } = new("Dakuishan, Zichuan (Zibo)", 36.7, 118.0, 200, 8);
}
