using System.Globalization;

namespace MineRose.Core.Economics;

/// <summary>Discounted-cash-flow metrics: NPV, IRR, payback, capital recovery factor, LCOE and LCOS [160], [163], [165].</summary>
/// <remarks>
/// <para>A flow series holds one net amount per year, index t = 0 (the investment, today) to N, each at the end of its
/// year; a flow in year t is discounted by (1 + r)^t [163]. Index 0 is not discounted (unlike Excel's NPV function).</para>
/// <para>None of these methods allocates; they suit screening many parks.</para>
/// </remarks>
public static class FinancialMetrics
{
    /// <summary>Lowest growth factor 1 + r searched for an IRR [–]: IRR ≥ −99.9999 %.</summary>
    public const double MinIrrGrowthFactor = 1e-6;

    /// <summary>Highest growth factor 1 + r searched for an IRR [–]: IRR ≤ 999,900 %.</summary>
    public const double MaxIrrGrowthFactor = 1e4;

    /// <summary>Grid step of the IRR scan in ln(1 + r) [–]; roots closer together than ≈2 % of 1 + r can be missed.</summary>
    public const double IrrScanStep = 0.02;

    private const int MaxBrentIterations = 200;

    /// <summary>Net present value, Σ F_t/(1 + r)^t for t = 0..N [160].</summary>
    /// <param name="ratePerYear">Discount rate r [1/yr], greater than −1.</param>
    /// <param name="flowsCny">Net flows F_0..F_N [CNY], at least one, all finite.</param>
    /// <returns>NPV [CNY].</returns>
    public static double Npv(double ratePerYear, ReadOnlySpan<double> flowsCny)
    {
        RequireRate(ratePerYear);
        RequireFlows(flowsCny, 1, "cash flows");
        double v = 1.0 / (1.0 + ratePerYear);
        double acc = 0.0;
        for (int t = flowsCny.Length - 1; t >= 0; t--)
            acc = acc * v + flowsCny[t];
        return acc;
    }

    /// <summary>Internal rate of return: the r with Σ F_t/(1 + r)^t = 0 [160]; null when there is none.</summary>
    /// <remarks>
    /// <para>With x = 1 + r the NPV is a polynomial in 1/x whose positive roots number at most the sign changes of the
    /// flows (Descartes' rule), exactly one when there is one sign change (a conventional project) [160], [172]. Then
    /// the root is bracketed over x ∈ [<see cref="MinIrrGrowthFactor"/>, <see cref="MaxIrrGrowthFactor"/>] and found by
    /// Brent's method [167] to machine precision. With several sign changes there may be several IRRs [160]: the NPV
    /// is scanned on a grid of step <see cref="IrrScanStep"/> in ln x, each sign change is refined by Brent's method, and
    /// the root closest to 0 is returned, the choice numpy-financial makes among same-signed roots [162]; use
    /// <see cref="IrrAll"/> to see them all, and judge such a project by its NPV, not its IRR [160].</para>
    /// <para>Null when the flows have no sign change (no IRR exists), when the root lies outside the searched range, or
    /// when the NPV only touches zero without crossing it.</para>
    /// </remarks>
    /// <param name="flowsCny">Net flows F_0..F_N [CNY], at least two, all finite.</param>
    /// <returns>IRR [1/yr], or null.</returns>
    public static double? Irr(ReadOnlySpan<double> flowsCny)
    {
        RequireFlows(flowsCny, 2, "cash flows");
        int changes = SignChanges(flowsCny);
        if (changes == 0)
            return null;
        if (changes == 1)
        {
            double fLow = ScaledNpv(flowsCny, MinIrrGrowthFactor);
            double fHigh = ScaledNpv(flowsCny, MaxIrrGrowthFactor);
            if (fLow == 0.0)
                return MinIrrGrowthFactor - 1.0;
            if (fHigh == 0.0)
                return MaxIrrGrowthFactor - 1.0;
            if ((fLow > 0.0) == (fHigh > 0.0))
                return null;
            return Brent(flowsCny, MinIrrGrowthFactor, MaxIrrGrowthFactor, fLow, fHigh) - 1.0;
        }

        return Scan(flowsCny, null);
    }

    /// <summary>Every IRR found by the grid scan of <see cref="Irr"/>, in increasing order [1/yr]; empty when none.</summary>
    /// <param name="flowsCny">Net flows F_0..F_N [CNY], at least two, all finite.</param>
    public static double[] IrrAll(ReadOnlySpan<double> flowsCny)
    {
        RequireFlows(flowsCny, 2, "cash flows");
        var roots = new List<double>();
        if (SignChanges(flowsCny) > 0)
            Scan(flowsCny, roots);
        return [.. roots];
    }

    /// <summary>Simple payback: years until the cumulative net flow first reaches zero, interpolated within the year [160].</summary>
    /// <remarks>The first crossing counts; a later dip below zero (a replacement, say) does not undo it — read the
    /// cumulative column. Within year t the flow is taken as spread evenly: payback = (t − 1) + |C_(t−1)|/F_t. A
    /// cumulative within 10⁻¹² of Σ|F| of zero counts as reached (rounding).</remarks>
    /// <param name="flowsCny">Net flows F_0..F_N [CNY], at least one, all finite.</param>
    /// <returns>Payback [yr]; 0 if F_0 ≥ 0; null if the cumulative flow never reaches zero.</returns>
    public static double? PaybackYears(ReadOnlySpan<double> flowsCny)
    {
        RequireFlows(flowsCny, 1, "cash flows");
        return Payback(flowsCny, 1.0);
    }

    /// <summary>Discounted payback: as <see cref="PaybackYears"/> on the discounted flows F_t/(1 + r)^t [160].</summary>
    /// <param name="ratePerYear">Discount rate r [1/yr], greater than −1.</param>
    /// <param name="flowsCny">Net flows F_0..F_N [CNY], at least one, all finite.</param>
    /// <returns>Discounted payback [yr]; null if the discounted cumulative flow never reaches zero.</returns>
    public static double? DiscountedPaybackYears(double ratePerYear, ReadOnlySpan<double> flowsCny)
    {
        RequireRate(ratePerYear);
        RequireFlows(flowsCny, 1, "cash flows");
        return Payback(flowsCny, 1.0 / (1.0 + ratePerYear));
    }

    /// <summary>Capital recovery factor, CRF = r(1 + r)^n/((1 + r)^n − 1); 1/n at r = 0 [163].</summary>
    /// <param name="ratePerYear">Discount rate r [1/yr], greater than −1.</param>
    /// <param name="years">Annuity term n [yr], ≥ 1.</param>
    /// <returns>The level annual payment over n years whose present value is 1 [1/yr].</returns>
    public static double CapitalRecoveryFactor(double ratePerYear, int years)
    {
        RequireRate(ratePerYear);
        if (years < 1)
            throw new InvalidInputException("years", years.ToString(CultureInfo.InvariantCulture), "an integer >= 1");
        if (Math.Abs(ratePerYear) < 1e-12)
            return 1.0 / years;
        // r / (1 − (1 + r)^−n), written with log1p/expm1 to stay accurate at small r.
        return ratePerYear / -ExpM1(-years * LogP1(ratePerYear));
    }

    /// <summary>Equivalent annual cost of a present amount, P·CRF(r, n) [163].</summary>
    /// <param name="presentCostCny">Present cost P [CNY].</param>
    /// <param name="ratePerYear">Discount rate r [1/yr], greater than −1.</param>
    /// <param name="years">Term n [yr], ≥ 1.</param>
    /// <returns>Annualised cost [CNY/yr].</returns>
    public static double AnnualisedCostCny(double presentCostCny, double ratePerYear, int years) =>
        Guard.Finite(presentCostCny, "present cost [CNY]") * CapitalRecoveryFactor(ratePerYear, years);

    /// <summary>Levelised cost of energy: Σ C_t/(1 + r)^t ÷ Σ E_t/(1 + r)^t [163], [164].</summary>
    /// <remarks>Costs include capital in year 0, replacements, O&amp;M and fuel, less residual value; energy is what the
    /// plant delivers each year (0 in year 0). For a constant plant this is capex·CRF/E + O&amp;M/E [163].</remarks>
    /// <param name="ratePerYear">Discount rate r [1/yr], greater than −1.</param>
    /// <param name="costsCny">Costs C_0..C_N [CNY], finite.</param>
    /// <param name="energyKwh">Energy E_0..E_N [kWh], ≥ 0, same length, discounted sum &gt; 0.</param>
    /// <returns>LCOE [CNY/kWh].</returns>
    public static double LcoeCnyPerKwh(double ratePerYear, ReadOnlySpan<double> costsCny, ReadOnlySpan<double> energyKwh)
    {
        RequireRate(ratePerYear);
        RequireFlows(costsCny, 1, "costs");
        RequireSameLength(costsCny.Length, energyKwh.Length, "energy per year [kWh]");
        RequireNonNegative(energyKwh, "energy per year [kWh]");
        double energy = Npv(ratePerYear, energyKwh);
        RequirePositiveEnergy(energy, "discounted energy [kWh]");
        return Npv(ratePerYear, costsCny) / energy;
    }

    /// <summary>Levelised cost of storage, (Σ C_t + Σ P_el,t·E_ch,t discounted) ÷ Σ E_dis,t discounted [165].</summary>
    /// <remarks>Schmidt et al. [165] (and Lazard [166]) count the electricity bought to charge the store as a cost:
    /// LCOS = [capex + Σ (O&amp;M_t + charging_t)/(1 + r)^t + EoL/(1 + r)^(N+1)] / Σ E_dis,t/(1 + r)^t. Put capex in
    /// <paramref name="costsCny"/>[0], O&amp;M and replacements in later years, and an end-of-life cost in the last year
    /// (one year earlier than in [165]); charging cost is the price paid times the energy charged (E_dis/η_RT).</remarks>
    /// <param name="ratePerYear">Discount rate r [1/yr], greater than −1.</param>
    /// <param name="costsCny">Capital, O&amp;M, replacement and end-of-life costs by year [CNY], finite.</param>
    /// <param name="chargingCostsCny">Cost of the charging electricity by year [CNY], finite, same length.</param>
    /// <param name="dischargedKwh">Energy discharged by year [kWh], ≥ 0, same length, discounted sum &gt; 0.</param>
    /// <returns>LCOS [CNY/kWh].</returns>
    public static double LcosCnyPerKwh(double ratePerYear, ReadOnlySpan<double> costsCny, ReadOnlySpan<double> chargingCostsCny, ReadOnlySpan<double> dischargedKwh)
    {
        RequireRate(ratePerYear);
        RequireFlows(costsCny, 1, "costs");
        RequireSameLength(costsCny.Length, chargingCostsCny.Length, "charging costs [CNY]");
        RequireSameLength(costsCny.Length, dischargedKwh.Length, "discharged energy per year [kWh]");
        RequireFlows(chargingCostsCny, 1, "charging costs");
        RequireNonNegative(dischargedKwh, "discharged energy per year [kWh]");
        double energy = Npv(ratePerYear, dischargedKwh);
        RequirePositiveEnergy(energy, "discounted discharged energy [kWh]");
        return (Npv(ratePerYear, costsCny) + Npv(ratePerYear, chargingCostsCny)) / energy;
    }

    /// <summary>ln(1 + x) accurate for small x (Kahan's trick; .NET's double.LogP1 computes Log(1 + x) directly).</summary>
    private static double LogP1(double x)
    {
        double u = 1.0 + x;
        return u == 1.0 ? x : Math.Log(u) * x / (u - 1.0);
    }

    /// <summary>e^x − 1 accurate for small x (Kahan's trick).</summary>
    private static double ExpM1(double x)
    {
        double u = Math.Exp(x);
        if (u == 1.0)
            return x;
        double um1 = u - 1.0;
        return um1 == -1.0 ? -1.0 : um1 * x / Math.Log(u);
    }

    private static double? Payback(ReadOnlySpan<double> flows, double v)
    {
        // Rounding allowance: a cumulative within 1e-12 of the flows' total magnitude of zero counts as zero.
        double scale = 0.0;
        foreach (double f in flows)
            scale += Math.Abs(f);
        double tolerance = 1e-12 * scale;
        double cumulative = flows[0];
        if (cumulative >= -tolerance)
            return 0.0;
        double factor = 1.0;
        for (int t = 1; t < flows.Length; t++)
        {
            factor *= v;
            double flow = flows[t] * factor;
            double previous = cumulative;
            cumulative += flow;
            if (cumulative >= -tolerance)
                return Math.Min(t, t - 1 + (-previous / flow));
        }

        return null;
    }

    /// <summary>NPV at x = 1 + r for x ≥ 1; NPV·x^N for x &lt; 1 (same sign and zeros, no overflow near r = −1).</summary>
    private static double ScaledNpv(ReadOnlySpan<double> flows, double x)
    {
        double acc = 0.0;
        if (x >= 1.0)
        {
            double v = 1.0 / x;
            for (int t = flows.Length - 1; t >= 0; t--)
                acc = acc * v + flows[t];
        }
        else
        {
            for (int t = 0; t < flows.Length; t++)
                acc = acc * x + flows[t];
        }

        return acc;
    }

    private static int SignChanges(ReadOnlySpan<double> flows)
    {
        int changes = 0;
        int last = 0;
        foreach (double f in flows)
        {
            int sign = Math.Sign(f);
            if (sign == 0)
                continue;
            if (last != 0 && sign != last)
                changes++;
            last = sign;
        }

        return changes;
    }

    /// <summary>Scans ln(1 + r) for sign changes, refines each by Brent; returns the root closest to 0, adding all to <paramref name="roots"/>.</summary>
    private static double? Scan(ReadOnlySpan<double> flows, List<double>? roots)
    {
        double uLow = Math.Log(MinIrrGrowthFactor);
        int steps = (int)Math.Ceiling((Math.Log(MaxIrrGrowthFactor) - uLow) / IrrScanStep);
        double? best = null;
        double xPrevious = MinIrrGrowthFactor;
        double fPrevious = ScaledNpv(flows, xPrevious);
        if (fPrevious == 0.0)
            Keep(xPrevious - 1.0, ref best, roots);
        for (int k = 1; k <= steps; k++)
        {
            double x = k == steps ? MaxIrrGrowthFactor : Math.Exp(uLow + k * IrrScanStep);
            double f = ScaledNpv(flows, x);
            if (f == 0.0)
                Keep(x - 1.0, ref best, roots);
            else if (fPrevious != 0.0 && (f > 0.0) != (fPrevious > 0.0))
                Keep(Brent(flows, xPrevious, x, fPrevious, f) - 1.0, ref best, roots);
            xPrevious = x;
            fPrevious = f;
        }

        return best;
    }

    private static void Keep(double rate, ref double? best, List<double>? roots)
    {
        roots?.Add(rate);
        if (best is not double b || Math.Abs(rate) < Math.Abs(b))
            best = rate;
    }

    /// <summary>Brent's root finder [167] on the scaled NPV over a bracket [a, b] with f(a)·f(b) &lt; 0; returns x = 1 + IRR.</summary>
    private static double Brent(ReadOnlySpan<double> flows, double a, double b, double fa, double fb)
    {
        double c = a, fc = fa;
        double d = b - a, e = d;
        for (int iteration = 0; iteration < MaxBrentIterations; iteration++)
        {
            if ((fb > 0.0) == (fc > 0.0))
            {
                // Keep the root between b and c.
                c = a;
                fc = fa;
                d = b - a;
                e = d;
            }

            if (Math.Abs(fc) < Math.Abs(fb))
            {
                a = b;
                b = c;
                c = a;
                fa = fb;
                fb = fc;
                fc = fa;
            }

            double tolerance = 2.0 * double.Epsilon + 4.0 * 1.1e-16 * Math.Abs(b);
            double m = 0.5 * (c - b);
            if (Math.Abs(m) <= tolerance || fb == 0.0)
                return b;
            if (Math.Abs(e) < tolerance || Math.Abs(fa) <= Math.Abs(fb))
            {
                d = m;
                e = m;
            }
            else
            {
                double s = fb / fa, p, q;
                if (a == c)
                {
                    // Secant step.
                    p = 2.0 * m * s;
                    q = 1.0 - s;
                }
                else
                {
                    // Inverse quadratic interpolation.
                    double qa = fa / fc, r = fb / fc;
                    p = s * (2.0 * m * qa * (qa - r) - (b - a) * (r - 1.0));
                    q = (qa - 1.0) * (r - 1.0) * (s - 1.0);
                }

                if (p > 0.0)
                    q = -q;
                else
                    p = -p;
                // Accept the interpolation only if it falls well inside the bracket and shrinks fast enough.
                if (2.0 * p < Math.Min(3.0 * m * q - Math.Abs(tolerance * q), Math.Abs(e * q)))
                {
                    e = d;
                    d = p / q;
                }
                else
                {
                    d = m;
                    e = m;
                }
            }

            a = b;
            fa = fb;
            b += Math.Abs(d) > tolerance ? d : (m > 0.0 ? tolerance : -tolerance);
            fb = ScaledNpv(flows, b);
        }

        return b;
    }

    private static void RequireRate(double ratePerYear)
    {
        if (!(ratePerYear > -1.0) || !double.IsFinite(ratePerYear))
            throw new InvalidInputException("discount rate [1/yr]", Guard.Format(ratePerYear), "a finite number > -1");
    }

    private static void RequireFlows(ReadOnlySpan<double> flows, int minLength, string field)
    {
        if (flows.Length < minLength)
            throw new InvalidInputException(field, $"{flows.Length.ToString(CultureInfo.InvariantCulture)} values", $"at least {minLength.ToString(CultureInfo.InvariantCulture)} values");
        for (int t = 0; t < flows.Length; t++)
        {
            if (!double.IsFinite(flows[t]))
                throw new InvalidInputException($"{field}[{t.ToString(CultureInfo.InvariantCulture)}] [CNY]", Guard.Format(flows[t]), "a finite number");
        }
    }

    private static void RequireNonNegative(ReadOnlySpan<double> values, string field)
    {
        for (int t = 0; t < values.Length; t++)
            Guard.NonNegative(values[t], field);
    }

    private static void RequireSameLength(int expected, int actual, string field)
    {
        if (actual != expected)
            throw new InvalidInputException(field, $"{actual.ToString(CultureInfo.InvariantCulture)} values", $"{expected.ToString(CultureInfo.InvariantCulture)} values, one per year like the costs");
    }

    private static void RequirePositiveEnergy(double discountedKwh, string field)
    {
        if (!(discountedKwh > 0.0))
            throw new InvalidInputException(field, Guard.Format(discountedKwh), "a number > 0");
    }
}
