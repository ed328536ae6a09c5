using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace MineRose.Core.Solar;

/// <summary>Branch-free vector versions of atan2 and of tan for small angles, for the per-site SPA step.</summary>
/// <remarks>
/// The runtime has no vector atan2 or tan, and the scalar <see cref="Math.Atan2(double, double)"/> and
/// <see cref="Math.Tan"/> dominate the per-site step; these are plain polynomial arithmetic with masks, four
/// instants per instruction. Accuracy is tested against the runtime functions (SpaFastMathTests).
/// </remarks>
internal static class SpaFastMath
{
    private const double TanPiOver16 = 0.19891236737965800691;
    private const double Tan3PiOver16 = 0.66817863791929891999;
    private const double TanPiOver8 = 0.41421356237309504880;

    /// <summary>atan2(y, x) [rad] in each lane, in [−π, π]; 0 for (0, 0). Absolute error below 10⁻¹⁵ rad.</summary>
    /// <remarks>
    /// The ratio t = min/max of |x|, |y| is shifted by the nearest of 0, π/8, π/4 with the addition formula
    /// atan t = a + atan((t − tan a)/(1 + t tan a)), which leaves |t′| ≤ tan(π/16) ≈ 0.199; the Taylor series
    /// to t′¹⁹ then errs by less than t′²¹/21 ≈ 7·10⁻¹⁷, below rounding. Octant and quadrant are restored by symmetry.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<double> Atan2(Vector256<double> y, Vector256<double> x)
    {
        var one = Vector256<double>.One;
        var ax = Vector256.Abs(x);
        var ay = Vector256.Abs(y);
        var max = Vector256.MaxNative(ax, ay);
        var min = Vector256.MinNative(ax, ay);

        // t = min/max > tan(π/16) ⇔ min > tan(π/16)·max: choose the offset without dividing (none at the origin)
        var beyondFirst = Vector256.GreaterThan(min, Vector256.Create(TanPiOver16) * max);
        var beyondSecond = Vector256.GreaterThan(min, Vector256.Create(Tan3PiOver16) * max);
        var offset = Vector256.ConditionalSelect(beyondSecond, Vector256.Create(Math.PI / 4),
            Vector256.ConditionalSelect(beyondFirst, Vector256.Create(Math.PI / 8), Vector256<double>.Zero));
        var tanOffset = Vector256.ConditionalSelect(beyondSecond, one,
            Vector256.ConditionalSelect(beyondFirst, Vector256.Create(TanPiOver8), Vector256<double>.Zero));

        // u = (t − tan a)/(1 + t tan a) with t = min/max, as one division
        var u = (min - tanOffset * max) / (max + tanOffset * min);
        u = Vector256.ConditionalSelect(Vector256.Equals(max, Vector256<double>.Zero), Vector256<double>.Zero, u);
        var minusU2 = -(u * u);
        // Plain multiply-then-add, never MultiplyAddEstimate: the estimate is fused or not depending on the JIT tier, which
        // made the same seed give years differing in the last bits between two calls in one process.
        var series = Vector256.Create(1.0 / 19);
        series = (series * minusU2) + Vector256.Create(1.0 / 17);
        series = (series * minusU2) + Vector256.Create(1.0 / 15);
        series = (series * minusU2) + Vector256.Create(1.0 / 13);
        series = (series * minusU2) + Vector256.Create(1.0 / 11);
        series = (series * minusU2) + Vector256.Create(1.0 / 9);
        series = (series * minusU2) + Vector256.Create(1.0 / 7);
        series = (series * minusU2) + Vector256.Create(1.0 / 5);
        series = (series * minusU2) + Vector256.Create(1.0 / 3);
        series = (series * minusU2) + one;
        var angle = (u * series) + offset;

        angle = Vector256.ConditionalSelect(Vector256.GreaterThan(ay, ax), Vector256.Create(Math.PI / 2) - angle, angle);
        angle = Vector256.ConditionalSelect(Vector256.LessThan(x, Vector256<double>.Zero), Vector256.Create(Math.PI) - angle, angle);
        return Vector256.ConditionalSelect(Vector256.LessThan(y, Vector256<double>.Zero), -angle, angle);
    }

    /// <summary>tan x in each lane for a small angle |x| ≤ 0.07 rad [-], absolute error below 10⁻¹⁶.</summary>
    /// <remarks>Taylor series x + x³/3 + 2x⁵/15 + 17x⁷/315 + 62x⁹/2835 + 1382x¹¹/155925; the next term,
    /// 21844x¹³/6081075, is below 4·10⁻¹⁸.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<double> TanSmall(Vector256<double> x)
    {
        var x2 = x * x;
        var series = Vector256.Create(1382.0 / 155925);
        series = (series * x2) + Vector256.Create(62.0 / 2835);
        series = (series * x2) + Vector256.Create(17.0 / 315);
        series = (series * x2) + Vector256.Create(2.0 / 15);
        series = (series * x2) + Vector256.Create(1.0 / 3);
        series = (series * x2) + Vector256<double>.One;
        return x * series;
    }

    // The runtime's Vector256.SinCos, Cos and Sum give results that differ in the last bit between JIT tiers (precompiled or
    // tier-0 code against tier-1 code with fused multiply-adds and another order of the horizontal sum), so the same mine
    // screened early and late in one process got KPIs a bit apart. These three are the same in every tier.

    /// <summary>sin and cos of each lane by the scalar <see cref="Math.SinCos"/> (identical in every JIT tier).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static (Vector256<double> Sin, Vector256<double> Cos) SinCos(Vector256<double> x)
    {
        var (s0, c0) = Math.SinCos(x.GetElement(0));
        var (s1, c1) = Math.SinCos(x.GetElement(1));
        var (s2, c2) = Math.SinCos(x.GetElement(2));
        var (s3, c3) = Math.SinCos(x.GetElement(3));
        return (Vector256.Create(s0, s1, s2, s3), Vector256.Create(c0, c1, c2, c3));
    }

    /// <summary>cos of each lane by the scalar <see cref="Math.Cos"/> (identical in every JIT tier).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<double> Cos(Vector256<double> x) =>
        Vector256.Create(Math.Cos(x.GetElement(0)), Math.Cos(x.GetElement(1)), Math.Cos(x.GetElement(2)), Math.Cos(x.GetElement(3)));

    /// <summary>The lanes' sum in one fixed order, (x₀ + x₁) + (x₂ + x₃) (identical in every JIT tier).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double Sum(Vector256<double> x) => (x.GetElement(0) + x.GetElement(1)) + (x.GetElement(2) + x.GetElement(3));
}
