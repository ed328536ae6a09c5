using FsCheck;
using FsCheck.Fluent;

namespace MineRose.Core.Tests.Pv;

/// <summary>FsCheck arbitraries registered on PV property tests.</summary>
public static class PvArbitraries
{
    /// <summary>A geometry, a sun anywhere from overhead to 10° below the horizon, and a sky.</summary>
    public static Arbitrary<GeometryAndSky> GeometryAndSky() =>
        Arb.From(
            from geometry in PvGenerators.Geometries()
            from zenith in PvGenerators.Uniform(0, 100)
            from azimuth in PvGenerators.Uniform(0, 360)
            from dni in PvGenerators.Uniform(0, 1000)
            from dhi in PvGenerators.Uniform(0, 500)
            select new GeometryAndSky(geometry, zenith, azimuth, dni, dhi));
}
