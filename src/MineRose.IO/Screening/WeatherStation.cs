using MineRose.Core.Weather;

namespace MineRose.IO.Screening;

/// <summary>A weather station a screening can use: its place, its typical year (when read from a file) and its monthly normals.</summary>
/// <param name="Name">Station name.</param>
/// <param name="Site">Where the station is (latitude, longitude [°], elevation [m]).</param>
/// <param name="Year">The station's typical year read from its file, or null for an embedded station (normals only).</param>
/// <param name="Normals">Monthly normals: of the file's year, or the embedded table's.</param>
/// <param name="Source">The file or table it came from.</param>
public sealed record WeatherStation(string Name, Site Site, WeatherSeries? Year, MonthlyClimateNormals Normals, string Source);
