using System.Runtime.Intrinsics;

namespace MineRose.Core.Solar;

/// <summary>One periodic series (e.g. L0) split into columns A, B, C and padded with zero rows, for vectorised sums.</summary>
internal sealed class SpaSeriesColumns
{
    private readonly double[] a;
    private readonly double[] b;
    private readonly double[] c;

    /// <summary>Splits rows (A, B, C), flattened, into columns padded to a multiple of the vector width.</summary>
    /// <param name="rows">The series' rows (A, B, C), flattened, as in <see cref="SpaPeriodicTerms"/>.</param>
    internal SpaSeriesColumns(double[] rows)
    {
        var count = rows.Length / 3;
        var padded = (count + Vector256<double>.Count - 1) / Vector256<double>.Count * Vector256<double>.Count;
        a = new double[padded];
        b = new double[padded];
        c = new double[padded];
        for (var i = 0; i < count; i++)
        {
            a[i] = rows[3 * i];
            b[i] = rows[3 * i + 1];
            c[i] = rows[3 * i + 2];
        }
    }

    /// <summary>Splits every series of a table (L0…L5, B0…B1 or R0…R4).</summary>
    internal static SpaSeriesColumns[] Of(double[][] table) => Array.ConvertAll(table, rows => new SpaSeriesColumns(rows));

    /// <summary>S = Σᵢ Aᵢ cos(Bᵢ + Cᵢ·JME) [1, eqs. 9–10], four rows per vector operation (padding rows add zero).</summary>
    /// <param name="jme">Julian ephemeris millennium [-].</param>
    internal double Sum(double jme)
    {
        var x = Vector256.Create(jme);
        var sum = Vector256<double>.Zero;
        for (var i = 0; i < a.Length; i += Vector256<double>.Count)
        {
            var argument = Vector256.Create(b.AsSpan(i)) + Vector256.Create(c.AsSpan(i)) * x;
            sum += Vector256.Create(a.AsSpan(i)) * SpaFastMath.Cos(argument);
        }
        return SpaFastMath.Sum(sum);
    }
}
