using BenchmarkDotNet.Attributes;
using MineRose.Core.Pv;
using MineRose.Core.Solar;
using MineRose.Core.Weather;

namespace MineRose.Benchmarks;

/// <summary>The DESIGN.md budget: the PV chain of one site-year hourly, including solar position, ≤ 1 ms on one core.</summary>
[MemoryDiagnoser]
public class PvChainBenchmarks
{
    private WeatherSeries weather = null!;
    private SolarEphemeris ephemeris = null!;
    private SunPath sun = null!;
    private PvArraySpec spec = null!;
    private PvDesignAtSite[] fleet = null!;

    [GlobalSetup]
    public void Setup()
    {
        weather = DefaultWeather.Zibo();
        ephemeris = SolarEphemeris.For(weather.Grid);
        sun = PvChain.SunPathFor(ephemeris, weather.Site, weather);
        spec = new PvArraySpec();
        fleet = [.. Enumerable.Range(0, 100).Select(i => new PvDesignAtSite(
            weather.Site with { LatitudeDeg = 30 + i * 0.1, LongitudeDeg = 110 + i * 0.1 }, spec))];
    }

    /// <summary>The chain alone, sun positions given (what a screening run pays per design).</summary>
    [Benchmark]
    public PvYield ChainOneSiteYear() => PvChain.Run(spec, weather, sun);

    /// <summary>Per-site sun path plus the chain, the ephemeris shared (what a screening run pays per new site).</summary>
    [Benchmark]
    public PvYield SunPathAndChainOneSiteYear() => PvChain.Run(spec, weather, PvChain.SunPathFor(ephemeris, weather.Site, weather));

    /// <summary>Everything for a lone site-year, the time-only SPA terms included.</summary>
    [Benchmark]
    public PvYield EphemerisSunPathAndChainOneSiteYear() => PvChain.Run(spec, weather, weather.Site);

    /// <summary>A hundred sites on one grid, all cores (divide by 100 for the per-site figure).</summary>
    [Benchmark]
    public PvYield[] HundredSiteYears() => PvFleet.Run(weather, fleet);
}
