namespace MineRose.Core.Heat;

/// <summary>What bound a mine-water heat-pump or free-cooling step.</summary>
public enum ThermalLimit
{
    /// <summary>The request was met in full.</summary>
    None = 0,

    /// <summary>The compressor's rated thermal output bound the step.</summary>
    CompressorRating,

    /// <summary>The maximum mine-water flow, at its allowed temperature change, bound the step.</summary>
    WaterFlow,

    /// <summary>
    /// The mine water is at or beyond its return-temperature limit: no heat can be taken from it (heating)
    /// or rejected into it (cooling).
    /// </summary>
    SourceTemperature,
}
