using MineRose.Core.Pv;
using MineRose.Core.Weather;

namespace MineRose.IO.Pv;

/// <summary>One row of a PV sites file: a named array design at a site, with an optional weather file of its own.</summary>
/// <param name="Name">The row's name.</param>
/// <param name="Site">Where the array stands.</param>
/// <param name="Spec">The array design.</param>
/// <param name="WeatherPath">The row's own weather file (resolved against the sites file's folder), or null for the run's weather.</param>
/// <param name="Line">1-based line of the row in the sites file.</param>
public sealed record PvSiteRow(string Name, Site Site, PvArraySpec Spec, string? WeatherPath, int Line);
