namespace MineRose.IO.Weather;

/// <summary>The weather file formats MineRose reads.</summary>
public enum WeatherFileFormat
{
    /// <summary>EnergyPlus weather file (EPW).</summary>
    Epw,

    /// <summary>NSRDB typical meteorological year, version 3, CSV.</summary>
    Tmy3,

    /// <summary>PVGIS typical meteorological year CSV.</summary>
    PvgisTmy,

    /// <summary>MineRose plain CSV (see <see cref="PlainCsvWeatherReader"/>).</summary>
    PlainCsv,
}
