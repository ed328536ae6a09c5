using BenchmarkDotNet.Attributes;
using MineRose.Core.Solar;
using MineRose.Core.Time;
using MineRose.Core.Weather;

namespace MineRose.Benchmarks;

/// <summary>The sun's position: one SPA instant, the shared time-only ephemeris of a year, and one site-year.</summary>
[MemoryDiagnoser]
public class SunBenchmarks
{
    private static readonly TimeGrid Year = TimeGrid.Hourly(new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc), 8760);
    private static readonly DateTime Instant = new(2025, 6, 21, 4, 30, 0, DateTimeKind.Utc);
    private SolarEphemeris ephemeris = null!;

    [GlobalSetup]
    public void Setup() => ephemeris = SolarEphemeris.For(Year);

    /// <summary>The full NREL SPA for one instant and place.</summary>
    [Benchmark]
    public SunPosition SpaOneInstant() => SolarPositionAlgorithm.Spa(Instant, 36.7, 118.0, 200);

    /// <summary>The time-only part of the SPA for every hour of a year (sampled daily, interpolated).</summary>
    [Benchmark]
    public SolarEphemeris EphemerisOneYear() => SolarEphemeris.For(Year);

    /// <summary>The per-site topocentric step for every hour of a year.</summary>
    [Benchmark]
    public SunPath SunPathOneSiteYear() => SunPath.For(ephemeris, Site.Dakuishan);
}
