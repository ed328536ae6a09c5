namespace MineRose.Core.Weather;

/// <summary>The embedded default weather: a synthetic typical year at the Dakuishan site from the built-in Zibo normals.</summary>
/// <remarks>Generated at run time (a few milliseconds) by <see cref="SyntheticYear.Generate"/> with seed 1, so the main run
/// needs no weather file and is the same on every machine.</remarks>
public static class DefaultWeather
{
    /// <summary>Seed of the built-in year.</summary>
    public const int Seed = 1;

    /// <summary>A fresh copy of the built-in Zibo year (the caller may modify it).</summary>
    public static WeatherSeries Zibo() => SyntheticYear.Generate(ClimateNormals.Zibo, Seed);
}
