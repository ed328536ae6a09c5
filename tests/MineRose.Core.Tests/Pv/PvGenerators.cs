using FsCheck;
using FsCheck.Fluent;
using MineRose.Core.Pv;

namespace MineRose.Core.Tests.Pv;

/// <summary>FsCheck generators of physically meaningful PV inputs (no NaN, inside each model's documented range).</summary>
public static class PvGenerators
{
    /// <summary>Uniform doubles in [min, max] on a grid of a million steps.</summary>
    public static Gen<double> Uniform(double min, double max) =>
        Gen.Choose(0, 1_000_000).Select(i => min + (max - min) * i / 1_000_000.0);

    /// <summary>Row geometries over the whole accepted range, with the transmittance often zero.</summary>
    public static Gen<ArrayGeometry> Geometries() =>
        from tilt in Uniform(0, 90)
        from azimuth in Uniform(0, 360)
        from gcr in Uniform(0.01, 1.0)
        from width in Uniform(0.5, 10)
        from clearance in Uniform(0, 5)
        from transmittance in Gen.Elements(0.0, 0.0, 0.1, 0.5)
        select new ArrayGeometry
        {
            TiltDeg = tilt, AzimuthDeg = azimuth, GroundCoverageRatio = gcr, CollectorWidthM = width,
            ClearanceHeightM = clearance, RowTransmittance = transmittance,
        };
}
