using MineRose.Core.Pv;

namespace MineRose.Core.Tests.Pv;

/// <summary>An independent, brute-force check of the 2-D row geometry: casts rays from the ground and tests them
/// against every row segment they could cross. Slow, simple, and shares no code with the model.</summary>
internal sealed class RowRayCaster(ArrayGeometry g)
{
    private readonly double _p = g.RowPitchM;
    private readonly double _h = g.ClearanceHeightM;
    private readonly double _wCos = g.CollectorWidthM * Math.Cos(g.TiltDeg * Math.PI / 180);
    private readonly double _wSin = g.CollectorWidthM * Math.Sin(g.TiltDeg * Math.PI / 180);

    /// <summary>True when the ray from ground point (x0, 0) along (dx, dz), dz &gt; 0, hits any row.</summary>
    public bool Blocked(double x0, double dx, double dz)
    {
        double top = _h + _wSin;
        // Rows lie between heights h and top, so only x in that band of the ray matters.
        double xa = x0 + dx * _h / dz, xb = x0 + dx * top / dz;
        double xMin = Math.Min(xa, xb), xMax = Math.Max(xa, xb);
        long kMin = (long)Math.Floor(xMin / _p) - 1, kMax = (long)Math.Ceiling((xMax + _wCos) / _p) + 1;
        for (long k = kMin; k <= kMax; k++)
        {
            // Row k: lower edge L = (k·p, h), upper edge U = (k·p − w·cosβ, h + w·sinβ).
            double lx = k * _p, lz = _h, ex = -_wCos, ez = _wSin;
            // Solve x0 + t·dx = lx + u·ex, t·dz = lz + u·ez for t > 0, u in [0, 1].
            double det = dx * (-ez) - (-ex) * dz;
            if (Math.Abs(det) < 1e-15) continue;
            double rx = lx - x0, rz = lz;
            double t = (rx * (-ez) - (-ex) * rz) / det;
            double u = (dx * rz - dz * rx) / det;
            if (t > 0 && u >= 0 && u <= 1) return true;
        }
        return false;
    }

    /// <summary>Monte-Carlo sky view factor of the ground, averaged over one pitch: 2-D diffuse directions have
    /// sin ψ uniform in (−1, 1) for a horizontal strip (dF = ½·cos ψ dψ).</summary>
    public double SkyViewFactor(int samples, int seed)
    {
        var random = new Random(seed);
        int open = 0;
        for (int i = 0; i < samples; i++)
        {
            double x = random.NextDouble() * _p;
            double s = 2 * random.NextDouble() - 1;
            double c = Math.Sqrt(1 - s * s);
            if (c > 1e-9 && !Blocked(x, s, c)) open++;
        }
        return (double)open / samples;
    }

    /// <summary>Fraction of evenly spaced ground points over one pitch from which the sun is visible.</summary>
    public double SunlitFraction(double zenithDeg, double azimuthDeg, int points)
    {
        double z = zenithDeg * Math.PI / 180, da = (azimuthDeg - g.AzimuthDeg) * Math.PI / 180;
        // The sun's direction projected on the plane across the rows (x toward the array azimuth, z up).
        double dx = Math.Sin(z) * Math.Cos(da), dz = Math.Cos(z);
        int lit = 0;
        for (int i = 0; i < points; i++)
            if (!Blocked((i + 0.5) * _p / points, dx, dz)) lit++;
        return (double)lit / points;
    }
}
