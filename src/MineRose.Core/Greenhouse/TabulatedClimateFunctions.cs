namespace MineRose.Core.Greenhouse;

/// <summary>The greenhouse step's functions from tables built once: the park's fast path.</summary>
/// <remarks>Saturation vapour pressure (Magnus form of Alduchov and Eskridge [96]) by cubic Hermite interpolation of e_s and
/// de_s/dT at nodes 1/8 K apart over −50…70 °C; outside that range the formula. The Hermite error bound
/// h⁴/384·max|e_s⁗| gives a relative error below 10⁻⁹ (tested against the formula), so a greenhouse year on this path
/// differs from the reference only in the last digits (tested: temperatures within 10⁻⁶ K, energies within 10⁻⁶).</remarks>
internal readonly struct TabulatedClimateFunctions : IClimateFunctions
{
    private const double LowestC = -50;
    private const double HighestC = 70;
    private const double NodesPerK = 8;
    private const int Intervals = (int)((HighestC - LowestC) * NodesPerK);
    private const double StepK = 1 / NodesPerK;

    // Interleaved (e_s, h·de_s/dT) per node, so one interval's four numbers sit in one cache line or two.
    private static readonly double[] Table = Build();

    /// <inheritdoc />
    public static double SaturationVapourPressurePa(double temperatureC)
    {
        var position = (temperatureC - LowestC) * NodesPerK;
        // Also false for NaN, which the formula then propagates.
        if (!(position >= 0 && position < Intervals))
            return Psychrometrics.SaturationVapourPressurePa(temperatureC);
        var k = (int)position;
        var t = position - k;
        var table = Table;
        var e0 = table[2 * k];
        var m0 = table[2 * k + 1];
        var e1 = table[2 * k + 2];
        var m1 = table[2 * k + 3];
        // Cubic Hermite in t ∈ [0, 1] on the values and the scaled slopes of both ends.
        var d = e1 - e0;
        return e0 + t * (m0 + t * (3 * d - 2 * m0 - m1 + t * (m0 + m1 - 2 * d)));
    }

    private static double[] Build()
    {
        var table = new double[2 * (Intervals + 1)];
        for (var k = 0; k <= Intervals; k++)
        {
            var temperatureC = LowestC + k * StepK;
            var es = Psychrometrics.SaturationVapourPressurePa(temperatureC);
            table[2 * k] = es;
            table[2 * k + 1] = StepK * Psychrometrics.SaturationSlopePaK(temperatureC, es);
        }
        return table;
    }
}
