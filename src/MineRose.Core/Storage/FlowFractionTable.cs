using System.Runtime.CompilerServices;

namespace MineRose.Core.Storage;

/// <summary>The power–flow relation of one kind of unit (turbine or pump) tabulated once per plant and number of running
/// units, inverted by linear interpolation instead of a Newton iteration in the hourly step.</summary>
/// <remarks>
/// <para>At a fixed flow fraction x the unit's power is exactly linear in the gross head H [70], [72]:
/// turbine P(x, H) = a(x)·H − a(x)·h_f(n·x·Q), a(x) = ρ·g·x·Q·η_t(x)·η_g;
/// pump P(x, H) = a(x)·H + a(x)·h_f(n·x·Q), a(x) = ρ·g·x·Q/(η_p(x)·η_m).
/// So a(x_k) and a(x_k)·h_f at K + 1 equally spaced fractions x_k give P(x_k, H) at any head without error, and x for a
/// power is found by bisection over the nodes and linear interpolation between the two that bracket it. The only
/// approximation is that P is taken linear in x between nodes: with K = 256 the flow fraction is within ≈10⁻⁵ of the
/// Newton root, and the plant's annual energy within 0.01 % (tested against the iterated model). The energy of the
/// interval is still computed from the interpolated x with the full model, so the water, head and energy agree.</para>
/// <para>Requires P increasing in x over the table, as the Newton solver's bracket does.</para>
/// </remarks>
internal sealed class FlowFractionTable
{
    private const int Intervals = 256;

    private readonly double lowestFraction;
    private readonly double step;
    // Per running-unit count n (index n − 1): head coefficient a_k [W/m] and friction term a_k·h_f,k [W], node by node.
    private readonly double[][] headCoefficient;
    private readonly double[][] frictionTerm;
    // Per running-unit count: the bracket node last found, a hint for the next search (verified before use, so any value, even
    // one written by another thread, gives the same fraction).
    private readonly int[] lastNode;

    /// <summary>Tabulates the unit power at flow fractions from <paramref name="lowestFraction"/> to <paramref name="highestFraction"/>.</summary>
    /// <param name="units">Number of units in the plant.</param>
    /// <param name="lowestFraction">Lowest flow fraction of the table [-].</param>
    /// <param name="highestFraction">Highest flow fraction of the table [-].</param>
    /// <param name="headCoefficientW">a(x): unit power per metre of head at flow fraction x [W/m].</param>
    /// <param name="headLossM">h_f(n, x): penstock loss with n units at flow fraction x [m].</param>
    /// <param name="pumping">True for a pump (friction adds to the head), false for a turbine (it subtracts).</param>
    public FlowFractionTable(int units, double lowestFraction, double highestFraction, Func<double, double> headCoefficientW,
        Func<int, double, double> headLossM, bool pumping)
    {
        this.lowestFraction = lowestFraction;
        step = (highestFraction - lowestFraction) / Intervals;
        headCoefficient = new double[units][];
        frictionTerm = new double[units][];
        lastNode = new int[units];
        for (var n = 1; n <= units; n++)
        {
            var a = new double[Intervals + 1];
            var f = new double[Intervals + 1];
            for (var k = 0; k <= Intervals; k++)
            {
                // The last node is the highest fraction itself, not a sum of steps.
                var x = k == Intervals ? highestFraction : lowestFraction + k * step;
                a[k] = headCoefficientW(x);
                f[k] = (pumping ? 1.0 : -1.0) * a[k] * headLossM(n, x);
            }
            headCoefficient[n - 1] = a;
            frictionTerm[n - 1] = f;
        }
    }

    /// <summary>Unit power at the lowest tabulated fraction [W].</summary>
    /// <param name="units">Running units n.</param>
    /// <param name="headM">Gross head [m].</param>
    public double LowestPowerW(int units, double headM) => headCoefficient[units - 1][0] * headM + frictionTerm[units - 1][0];

    /// <summary>Unit power at the highest tabulated fraction [W].</summary>
    /// <param name="units">Running units n.</param>
    /// <param name="headM">Gross head [m].</param>
    public double HighestPowerW(int units, double headM) => headCoefficient[units - 1][Intervals] * headM + frictionTerm[units - 1][Intervals];

    /// <summary>Flow fraction at which one of <paramref name="units"/> running units takes or gives <paramref name="powerW"/>
    /// at <paramref name="headM"/> [-], clamped to the table: the bisection over the nodes, with no hint (the reference the
    /// hinted overload is tested against).</summary>
    /// <param name="units">Running units n.</param>
    /// <param name="headM">Gross head [m].</param>
    /// <param name="powerW">Unit power [W].</param>
    public double FractionAt(int units, double headM, double powerW) =>
        Bisect(headCoefficient[units - 1], frictionTerm[units - 1], headM, powerW, out _);

    /// <summary>As <see cref="FractionAt(int, double, double)"/>, first trying the bracket of an earlier call, then the bracket
    /// last found for <paramref name="units"/> and its neighbours, then the bisection [-].</summary>
    /// <remarks>The bracket of a power is the node k with P(x_k, H) ≤ P &lt; P(x_k+1, H); with P increasing in x it is unique,
    /// so a bracket that still holds is the one the bisection would find, and the fraction is the same to the last bit. The
    /// iterations of one step move the head little, so the bracket of the last iterate usually holds; consecutive steps of a
    /// park ask for similar powers, so the first iterate's bracket is usually the last step's or next to it.</remarks>
    /// <param name="units">Running units n.</param>
    /// <param name="headM">Gross head [m].</param>
    /// <param name="powerW">Unit power [W].</param>
    /// <param name="node">Bracket node k of an earlier call with the same <paramref name="units"/>, or −1; receives this call's (−1 at the table's ends).</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double FractionAt(int units, double headM, double powerW, ref int node)
    {
        var a = headCoefficient[units - 1];
        var f = frictionTerm[units - 1];
        if (Brackets(a, f, node, headM, powerW, out var x))
            return x;
        return Hunt(units, a, f, headM, powerW, ref node);
    }

    // Whether node k brackets the power, P(x_k, H) ≤ P < P(x_k+1, H) (and P > P(x_0, H) at k = 0, as the bisection's end test
    // returns the lowest fraction there), and then the interpolated fraction.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Brackets(double[] a, double[] f, int k, double headM, double powerW, out double fraction)
    {
        if ((uint)k < Intervals)
        {
            var pk = a[k] * headM + f[k];
            var pk1 = a[k + 1] * headM + f[k + 1];
            if (pk <= powerW && powerW < pk1 && (k > 0 || pk < powerW))
            {
                fraction = lowestFraction + (k + (powerW - pk) / (pk1 - pk)) * step;
                return true;
            }
        }
        fraction = 0;
        return false;
    }

    // The caller's hint missed: the bracket last found for this unit count (any earlier step's) and its two neighbours, then
    // the bisection. A bracket that holds is the unique one, so every route gives the bisection's fraction to the last bit.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private double Hunt(int units, double[] a, double[] f, double headM, double powerW, ref int node)
    {
        var last = lastNode[units - 1];
        for (var k = last - 1; k <= last + 1; k++)
        {
            if (Brackets(a, f, k, headM, powerW, out var x))
            {
                node = lastNode[units - 1] = k;
                return x;
            }
        }
        var fraction = Bisect(a, f, headM, powerW, out node);
        if (node >= 0)
            lastNode[units - 1] = node;
        return fraction;
    }

    // The bracket searched from scratch: bisection over the nodes.
    private double Bisect(double[] a, double[] f, double headM, double powerW, out int node)
    {
        node = -1;
        int lo = 0, hi = Intervals;
        var pLo = a[0] * headM + f[0];
        var pHi = a[Intervals] * headM + f[Intervals];
        if (powerW <= pLo)
            return lowestFraction;
        if (powerW >= pHi)
            return lowestFraction + Intervals * step;
        while (hi - lo > 1)
        {
            var mid = (lo + hi) >> 1;
            var p = a[mid] * headM + f[mid];
            if (p <= powerW)
            {
                lo = mid;
                pLo = p;
            }
            else
            {
                hi = mid;
                pHi = p;
            }
        }
        node = lo;
        return lowestFraction + (lo + (powerW - pLo) / (pHi - pLo)) * step;
    }
}
