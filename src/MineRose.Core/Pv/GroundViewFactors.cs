namespace MineRose.Core.Pv;

/// <summary>The ground's view of the sky between and under infinite rows, computed once per geometry [57], [59], [60].</summary>
/// <remarks>
/// <para>2-D geometry in the plane perpendicular to the rows: x runs along the ground in the direction the modules face,
/// from the foot of a row's lower edge. Row k has its lower edge L_k = (k·p, h) and its upper edge
/// U_k = (k·p − w·cos β, h + w·sin β), with p = <see cref="ArrayGeometry.RowPitchM"/>, w = <see cref="ArrayGeometry.CollectorWidthM"/>,
/// h = <see cref="ArrayGeometry.ClearanceHeightM"/>, β = <see cref="ArrayGeometry.TiltDeg"/>.</para>
/// <para>Seen from a ground point, each row spans the angles between its two edges; in terms of s = sin ψ, ψ measured
/// from the vertical, row k spans [lo_k, hi_k] and both ends grow with k. The sky shows only in the gaps (hi_k, lo_{k+1}),
/// and the 2-D view factor of a horizontal strip to a sector is half the difference of the sines [60], so
/// F_sky(x) = ½·Σ_k g_k(x), g_k = max(0, lo_{k+1} − hi_k). <see cref="SkyViewFactorAt"/> sums this series; rows far
/// enough away that no gap can open are skipped exactly, and for (nearly) flat rows the series is cut where the sky
/// left beyond the last row is below 1e−7.</para>
/// <para>The pitch average needs no sampling: since g_k(x) = g_0(x − k·p), averaging over one pitch gives
/// F̄_sky = (1/2p)·∫ g_0(x) dx over the whole line. Between the few points where two edges line up with x the
/// integrand is the difference of two sines, and ∫ s_E dx = −r_E(x), r_E the distance from x to edge E, so the
/// integral is a sum of differences of string lengths, exactly as in Hottel's crossed-strings rule [60].
/// pvlib's infinite-sheds model samples the same quantity at 100 points with a few neighbouring rows [58], [59],
/// Marion et al. use 100 ground segments [57].</para>
/// </remarks>
public sealed class GroundViewFactors
{
    // Sky left beyond the farthest row considered, 1 − s, per side: ½·2e−7 = 1e−7 of view factor at most.
    private const double TailOneMinusSine = 2e-7;

    private readonly double _pitchM;
    private readonly double _clearanceM;
    private readonly double _upperEdgeM;
    private readonly double _widthCosM;
    private readonly double _frontReachM;
    private readonly double _backReachM;

    private GroundViewFactors(ArrayGeometry geometry)
    {
        Geometry = geometry;
        double tiltRad = geometry.TiltDeg * (Math.PI / 180.0);
        double azimuthRad = geometry.AzimuthDeg * (Math.PI / 180.0);
        CosTilt = Math.Cos(tiltRad);
        SinTilt = Math.Sin(tiltRad);
        CosAzimuth = Math.Cos(azimuthRad);
        SinAzimuth = Math.Sin(azimuthRad);
        GroundCoverageRatio = geometry.GroundCoverageRatio;
        RowTransmittance = geometry.RowTransmittance;

        _pitchM = geometry.RowPitchM;
        _clearanceM = geometry.ClearanceHeightM;
        double widthSinM = geometry.CollectorWidthM * SinTilt;
        _widthCosM = geometry.CollectorWidthM * CosTilt;
        _upperEdgeM = _clearanceM + widthSinM;

        // Beyond this distance the sky left above the horizon is below the tolerance (1 − s ≈ z²/(2d²)).
        double toleranceReachM = Math.Max(_upperEdgeM / Math.Sqrt(2 * TailOneMinusSine), 2 * _pitchM + _widthCosM);
        double frontReachM = toleranceReachM, backReachM = toleranceReachM;
        if (widthSinM > 0)
        {
            // In front (x increasing) the gap between rows k and k+1 is open only while
            // w·sinβ·(k·p − x) < h·(p − w·cosβ); behind, only while w·sinβ·D < h·(p + w·cosβ), D the distance to the
            // nearer lower edge, once D > h·cotβ. Beyond, neighbouring rows overlap and hide the sky down to the horizon.
            double front = Math.Max(_widthCosM, _clearanceM * (_pitchM - _widthCosM) / widthSinM) + _pitchM;
            double back = Math.Max(_clearanceM * _widthCosM / widthSinM, _clearanceM * (_pitchM + _widthCosM) / widthSinM)
                + _pitchM + _widthCosM;
            frontReachM = Math.Min(frontReachM, front);
            backReachM = Math.Min(backReachM, back);
        }
        _frontReachM = frontReachM;
        _backReachM = backReachM;

        SkyViewFactor = PitchAveragedSkyViewFactor();
        SkyDiffuseReachingGroundFraction = SkyViewFactor + RowTransmittance * (1.0 - SkyViewFactor);
    }

    /// <summary>Computes the view factors of a geometry, after validating it.</summary>
    /// <param name="geometry">The row geometry.</param>
    /// <exception cref="InvalidInputException">When a field of the geometry is out of range.</exception>
    public static GroundViewFactors For(ArrayGeometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        return new GroundViewFactors(geometry.Validated());
    }

    /// <summary>The geometry these factors belong to.</summary>
    public ArrayGeometry Geometry { get; }

    /// <summary>View factor from the ground to the sky, averaged over one row pitch [—] [57], [59].</summary>
    public double SkyViewFactor { get; }

    /// <summary>Fraction of isotropic sky diffuse light that reaches the ground: F_sky + τ·(1 − F_sky) [—].</summary>
    public double SkyDiffuseReachingGroundFraction { get; }

    internal double CosTilt { get; }

    internal double SinTilt { get; }

    internal double CosAzimuth { get; }

    internal double SinAzimuth { get; }

    internal double GroundCoverageRatio { get; }

    internal double RowTransmittance { get; }

    /// <summary>View factor from one point of the ground to the sky [—].</summary>
    /// <param name="positionM">Distance along the ground, in the direction the modules face, from the point below a row's
    /// lower edge [m]; the pattern repeats every <see cref="ArrayGeometry.RowPitchM"/>. Points in
    /// [0, p − w·cos β) lie between rows, the rest under the next row.</param>
    /// <exception cref="InvalidInputException">When the position is not finite.</exception>
    public double SkyViewFactorAt(double positionM)
    {
        Guard.Finite(positionM, "position_m");
        double x = positionM - _pitchM * Math.Floor(positionM / _pitchM);
        return SkyAt(x);
    }

    // x in [0, p).
    private double SkyAt(double x)
    {
        int kMin = (int)Math.Floor((x - _backReachM) / _pitchM) - 1;
        int kMax = (int)Math.Ceiling((x + _frontReachM) / _pitchM) + 1;
        double sum = 0;
        double previousHi = 0;
        for (int k = kMin; k <= kMax; k++)
        {
            double lowerDx = k * _pitchM - x;
            double sLower = SineFromVertical(lowerDx, _clearanceM);
            double sUpper = SineFromVertical(lowerDx - _widthCosM, _upperEdgeM);
            double lo = Math.Min(sLower, sUpper);
            if (k > kMin && lo > previousHi)
                sum += lo - previousHi;
            previousHi = Math.Max(sLower, sUpper);
        }
        return 0.5 * sum;
    }

    // (1/2p)·∫ max(0, min(s_L1, s_U1) − max(s_L0, s_U0)) dx over the whole ground line, integrated piece by piece.
    private double PitchAveragedSkyViewFactor()
    {
        // Edges of rows 0 and 1: L0, U0, L1, U1.
        Span<double> ex = [0.0, -_widthCosM, _pitchM, _pitchM - _widthCosM];
        Span<double> ez = [_clearanceM, _upperEdgeM, _clearanceM, _upperEdgeM];

        // The ordering of the four sines can change only where x lines up with two edges (or sits under an edge on
        // the ground), so these points split the line into pieces with one fixed integrand each.
        Span<double> breaks = stackalloc double[10];
        int n = 0;
        for (int i = 0; i < 4; i++)
        {
            if (ez[i] == 0) breaks[n++] = ex[i];
            for (int j = i + 1; j < 4; j++)
                if (ez[i] != ez[j])
                    breaks[n++] = ex[i] - ez[i] * (ex[j] - ex[i]) / (ez[j] - ez[i]);
        }
        breaks = breaks[..n];
        breaks.Sort();

        double integral = 0;
        for (int piece = 0; piece <= n; piece++)
        {
            double left = piece == 0 ? double.NegativeInfinity : breaks[piece - 1];
            double right = piece == n ? double.PositiveInfinity : breaks[piece];
            if (right <= left) continue;
            bool openLeft = double.IsNegativeInfinity(left), openRight = double.IsPositiveInfinity(right);
            double probe = openLeft && openRight ? 0.0
                : openLeft ? right - _pitchM - 1.0
                : openRight ? left + _pitchM + 1.0
                : 0.5 * (left + right);

            // Within the piece the gap is bounded by the highest-sine edge of row 0 and the lowest-sine edge of row 1.
            int e0 = SineFromVertical(ex[0] - probe, ez[0]) >= SineFromVertical(ex[1] - probe, ez[1]) ? 0 : 1;
            int e1 = SineFromVertical(ex[2] - probe, ez[2]) <= SineFromVertical(ex[3] - probe, ez[3]) ? 2 : 3;
            if (SineFromVertical(ex[e1] - probe, ez[e1]) - SineFromVertical(ex[e0] - probe, ez[e0]) <= 0) continue;

            // ∫ (s_e1 − s_e0) dx = D(left) − D(right), D = r_e1 − r_e0; far away D → ±(ex_e1 − ex_e0).
            double dLeft = openLeft ? ex[e1] - ex[e0] : Distance(ex[e1] - left, ez[e1]) - Distance(ex[e0] - left, ez[e0]);
            double dRight = openRight ? ex[e0] - ex[e1] : Distance(ex[e1] - right, ez[e1]) - Distance(ex[e0] - right, ez[e0]);
            integral += dLeft - dRight;
        }
        return integral / (2.0 * _pitchM);
    }

    private static double Distance(double dx, double z) => Math.Sqrt(dx * dx + z * z);

    // sin of the angle from the vertical to an edge dx ahead and z above the point; an edge on the ground at the
    // point itself counts as behind it (the limit from the open side).
    private static double SineFromVertical(double dx, double z)
    {
        double r = Math.Sqrt(dx * dx + z * z);
        return r > 0 ? dx / r : -1.0;
    }
}
