namespace MineRose.Core.Solar;

/// <summary>Irradiance components under a cloudless sky, from a clear-sky model.</summary>
/// <param name="GhiWm2">Clear-sky global horizontal irradiance [W/m²].</param>
/// <param name="DniWm2">Clear-sky direct normal irradiance [W/m²].</param>
/// <param name="DhiWm2">Clear-sky diffuse horizontal irradiance [W/m²].</param>
public readonly record struct ClearSkyIrradiance(double GhiWm2, double DniWm2, double DhiWm2)
{
    /// <summary>No light: the sun is below the horizon.</summary>
    public static ClearSkyIrradiance Dark => default;
}
