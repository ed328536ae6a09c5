namespace MineRose.Core.Weather;

/// <summary>TEMPORARY until the synthetic year lands.</summary>
public static class DefaultWeather
{
    /// <summary>TEMPORARY.</summary>
    public static WeatherSeries Zibo() => throw new NotSupportedException("synthetic year pending");
}
