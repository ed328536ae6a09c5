using MineRose.Core.Solar;
using MineRose.Core.Weather;

namespace MineRose.Core.Pv;

/// <summary>Many PV designs at many sites on one weather series: the seed of mine screening.</summary>
/// <remarks>The time-only SPA terms (<see cref="SolarEphemeris"/>) are computed once for the series' grid and shared;
/// each distinct site gets its own <see cref="SunPath"/>; designs run in parallel on all cores.</remarks>
public static class PvFleet
{
    /// <summary>Runs every design on <paramref name="weather"/>; results come back in the order of <paramref name="designs"/>.</summary>
    /// <param name="weather">The shared weather series.</param>
    /// <param name="designs">Each design with the site where it stands.</param>
    /// <param name="options">Model choices, the same for all.</param>
    public static PvYield[] Run(WeatherSeries weather, IReadOnlyList<PvDesignAtSite> designs, PvChainOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(weather);
        ArgumentNullException.ThrowIfNull(designs);
        var ephemeris = SolarEphemeris.For(weather.Grid);
        var sites = designs.Select(d => d.Site).Distinct().ToArray();
        var sunPaths = new SunPath[sites.Length];
        Parallel.For(0, sites.Length, i => sunPaths[i] = PvChain.SunPathFor(ephemeris, sites[i], weather));
        var sunBySite = sites.Zip(sunPaths).ToDictionary(p => p.First, p => p.Second);

        var yields = new PvYield[designs.Count];
        Parallel.For(0, designs.Count, i => yields[i] = PvChain.Run(designs[i].Spec, weather, sunBySite[designs[i].Site], options));
        return yields;
    }
}
