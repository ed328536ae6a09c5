namespace MineRose.IO.Scenarios;

/// <summary>The weather a scenario runs on: a weather file, or the built-in synthetic typical year.</summary>
/// <param name="FilePath">Full path of the weather file (resolved against the scenario file's folder), or null for the synthetic year.</param>
/// <param name="SyntheticSeed">Seed of the synthetic year's random sequence; used only when <paramref name="FilePath"/> is null.</param>
public sealed record ScenarioWeather(string? FilePath, int SyntheticSeed = 1)
{
    /// <summary>Whether the scenario runs on the built-in synthetic year.</summary>
    public bool IsSynthetic => FilePath is null;

    /// <summary>The built-in synthetic year with the given seed.</summary>
    /// <param name="seed">Seed of the random sequence.</param>
    public static ScenarioWeather Synthetic(int seed = 1) => new(null, seed);

    /// <summary>A weather file.</summary>
    /// <param name="fullPath">Full path of the file.</param>
    public static ScenarioWeather File(string fullPath) => new(fullPath);
}
