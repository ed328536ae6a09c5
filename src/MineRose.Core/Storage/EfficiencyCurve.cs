using System.Runtime.CompilerServices;

namespace MineRose.Core.Storage;

/// <summary>Hydraulic efficiency of a turbine or pump as a function of its flow fraction x = Q/Q_rated.</summary>
/// <remarks>
/// η(x) = η_p·[1 − a·((x_p − x)/x_p)^b] for x ≤ x_p, and η(x) = η_p·[1 − c·(x − x_p)²] above, never below 0,
/// where η_p is the peak efficiency, reached at the flow fraction x_p. This is the form of the RETScreen
/// (CANMET) turbine-efficiency model [73], whose Francis curve is <see cref="Francis"/> (a = 1.25,
/// b = 3.94 − 0.0195·n_q, c = Δe_p/(1 − x_p)²); a parabola about the best-efficiency point (a = x_p²/(x_p − x₀)²,
/// b = 2, c = 1/(x_p − x₀)²), zero at x₀ and symmetric, is <see cref="Parabolic"/>, used for pumps and for a
/// pump running as turbine [74]. The head dependence of the efficiency is neglected.
/// </remarks>
public sealed record EfficiencyCurve
{
    /// <summary>Peak (best-efficiency-point) hydraulic efficiency η_p [-].</summary>
    public required double PeakEfficiency { get; init; }

    /// <summary>Flow fraction at the peak, x_p = Q_peak/Q_rated [-].</summary>
    public required double PeakFlowFraction { get; init; }

    /// <summary>Part-load coefficient a [-].</summary>
    public required double PartLoadCoefficient { get; init; }

    /// <summary>Part-load exponent b [-].</summary>
    public required double PartLoadExponent { get; init; }

    /// <summary>Overload coefficient c, the relative drop per squared flow fraction above the peak [-].</summary>
    public required double OverloadCoefficient { get; init; }

    /// <summary>Hydraulic efficiency at a flow fraction [-].</summary>
    /// <param name="flowFraction">Flow over rated flow, x = Q/Q_rated [-].</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double EfficiencyAt(double flowFraction)
    {
        var xp = PeakFlowFraction;
        double relative;
        if (flowFraction <= xp)
        {
            var u = (xp - flowFraction) / xp;
            relative = 1.0 - PartLoadCoefficient * Power(u, PartLoadExponent);
        }
        else
        {
            var d = flowFraction - xp;
            relative = 1.0 - OverloadCoefficient * d * d;
        }
        return relative > 0 ? PeakEfficiency * relative : 0;
    }

    /// <summary>Slope dη/dx of the curve at a flow fraction [-]; zero where the efficiency is clipped at 0.</summary>
    /// <param name="flowFraction">Flow over rated flow [-].</param>
    public double SlopeAt(double flowFraction)
    {
        if (EfficiencyAt(flowFraction) <= 0)
            return 0;
        var xp = PeakFlowFraction;
        if (flowFraction <= xp)
        {
            var u = (xp - flowFraction) / xp;
            return u <= 0 ? 0 : PeakEfficiency * PartLoadCoefficient * PartLoadExponent * Power(u, PartLoadExponent - 1.0) / xp;
        }
        return -2.0 * PeakEfficiency * OverloadCoefficient * (flowFraction - xp);
    }

    // Efficiency and slope together with one power evaluation, for the Newton iterations of the hot loop.
    internal double EfficiencyAndSlope(double flowFraction, out double slope)
    {
        var xp = PeakFlowFraction;
        double relative;
        if (flowFraction <= xp)
        {
            var u = (xp - flowFraction) / xp;
            var b = PartLoadExponent;
            var ub1 = b == 2.0 ? u : Math.Pow(u, b - 1.0);
            relative = 1.0 - PartLoadCoefficient * ub1 * u;
            slope = PeakEfficiency * PartLoadCoefficient * b * ub1 / xp;
        }
        else
        {
            var d = flowFraction - xp;
            relative = 1.0 - OverloadCoefficient * d * d;
            slope = -2.0 * PeakEfficiency * OverloadCoefficient * d;
        }
        if (relative > 0)
            return PeakEfficiency * relative;
        slope = 0;
        return 0;
    }

    /// <summary>Lowest flow fraction at which the efficiency is positive [-] (0 when it is positive down to zero flow).</summary>
    public double LowestWorkingFlowFraction =>
        PartLoadCoefficient <= 1.0 ? 0.0 : PeakFlowFraction * (1.0 - Math.Pow(1.0 / PartLoadCoefficient, 1.0 / PartLoadExponent));

    /// <summary>Highest flow fraction at which the efficiency is positive [-] (infinite when the curve never drops to 0).</summary>
    public double HighestWorkingFlowFraction =>
        OverloadCoefficient <= 0 ? double.PositiveInfinity : PeakFlowFraction + 1.0 / Math.Sqrt(OverloadCoefficient);

    /// <summary>Francis-turbine efficiency curve of the RETScreen small-hydro model [73].</summary>
    /// <remarks>
    /// Specific speed n_q = 600·h^−0.5; runner throat diameter d = k·Q_d^0.473 (k = 0.46, or 0.41 when d ≥ 1.8 m);
    /// Δe_nq = ((n_q − 56)/256)²; Δe_d = (0.081 + Δe_nq)·(1 − 0.789·d^−0.2);
    /// peak efficiency e_p = (0.919 − Δe_nq + Δe_d) − 0.0305 + 0.005·R_m at the flow Q_p = 0.65·Q_d·n_q^0.05;
    /// below the peak e = e_p·[1 − 1.25·((Q_p − Q)/Q_p)^(3.94 − 0.0195·n_q)];
    /// full-load efficiency e_r = (1 − Δe_p)·e_p with Δe_p = 0.0072·n_q^0.4, reached by a parabola from the peak.
    /// </remarks>
    /// <param name="designFlowM3s">Design (rated) flow of one unit Q_d [m³/s].</param>
    /// <param name="ratedHeadM">Rated net head h [m].</param>
    /// <param name="manufactureCoefficient">Turbine manufacture/design coefficient R_m [-], 2.8 to 6.1, default 4.5 [73].</param>
    public static EfficiencyCurve Francis(double designFlowM3s, double ratedHeadM, double manufactureCoefficient = 4.5)
    {
        Guard.Positive(designFlowM3s, nameof(designFlowM3s));
        Guard.Positive(ratedHeadM, nameof(ratedHeadM));
        Guard.InRange(manufactureCoefficient, 2.8, 6.1, nameof(manufactureCoefficient));
        var nq = 600.0 * Math.Pow(ratedHeadM, -0.5);
        var d = 0.46 * Math.Pow(designFlowM3s, 0.473);
        if (d >= 1.8)
            d = 0.41 * Math.Pow(designFlowM3s, 0.473);
        var speedDrop = Math.Pow((nq - 56.0) / 256.0, 2);
        var sizeGain = (0.081 + speedDrop) * (1.0 - 0.789 * Math.Pow(d, -0.2));
        var peak = 0.919 - speedDrop + sizeGain - 0.0305 + 0.005 * manufactureCoefficient;
        var xp = 0.65 * Math.Pow(nq, 0.05);
        var fullLoadDrop = 0.0072 * Math.Pow(nq, 0.4);
        return new EfficiencyCurve
        {
            PeakEfficiency = peak,
            PeakFlowFraction = xp,
            PartLoadCoefficient = 1.25,
            PartLoadExponent = 3.94 - 0.0195 * nq,
            OverloadCoefficient = fullLoadDrop / ((1.0 - xp) * (1.0 - xp)),
        };
    }

    /// <summary>A parabola about the best-efficiency point, zero at a lower flow fraction and symmetric above the peak.</summary>
    /// <remarks>η(x) = η_p·[1 − ((x − x_p)/(x_p − x₀))²]. With x₀ = 0 and x_p = 1 it is the classical pump curve
    /// η = η_p·(2x − x²). For a pump running as turbine, x₀ ≈ 0.3–0.45 puts the zero near its runaway flow [74].</remarks>
    /// <param name="peakEfficiency">Peak efficiency η_p [-].</param>
    /// <param name="peakFlowFraction">Flow fraction at the peak x_p [-].</param>
    /// <param name="zeroEfficiencyFlowFraction">Flow fraction x₀ below the peak where the efficiency reaches 0 [-].</param>
    public static EfficiencyCurve Parabolic(double peakEfficiency, double peakFlowFraction, double zeroEfficiencyFlowFraction)
    {
        Guard.Efficiency(peakEfficiency, nameof(peakEfficiency));
        Guard.InRange(peakFlowFraction, 0.05, 2.0, nameof(peakFlowFraction));
        Guard.InRange(zeroEfficiencyFlowFraction, 0, 0.95 * peakFlowFraction, nameof(zeroEfficiencyFlowFraction));
        var width = peakFlowFraction - zeroEfficiencyFlowFraction;
        return new EfficiencyCurve
        {
            PeakEfficiency = peakEfficiency,
            PeakFlowFraction = peakFlowFraction,
            PartLoadCoefficient = peakFlowFraction * peakFlowFraction / (width * width),
            PartLoadExponent = 2.0,
            OverloadCoefficient = 1.0 / (width * width),
        };
    }

    /// <summary>Checks every field; throws <see cref="InvalidInputException"/> naming the first bad one.</summary>
    /// <param name="path">Prefix for field names in messages, e.g. "Machine.TurbineEfficiency".</param>
    public void Validate(string path)
    {
        Guard.Efficiency(PeakEfficiency, path + "." + nameof(PeakEfficiency));
        Guard.InRange(PeakFlowFraction, 0.05, 2.0, path + "." + nameof(PeakFlowFraction));
        Guard.NonNegative(PartLoadCoefficient, path + "." + nameof(PartLoadCoefficient));
        Guard.InRange(PartLoadExponent, 0.5, 20, path + "." + nameof(PartLoadExponent));
        Guard.NonNegative(OverloadCoefficient, path + "." + nameof(OverloadCoefficient));
    }

    // Integer exponents (the parabola) avoid Math.Pow in the hot loop.
    private static double Power(double u, double exponent) => exponent == 2.0 ? u * u : exponent == 1.0 ? u : Math.Pow(u, exponent);
}
