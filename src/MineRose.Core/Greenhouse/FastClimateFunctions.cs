namespace MineRose.Core.Greenhouse;

/// <summary>The greenhouse step's functions with a cheaper cube root: the park's path.</summary>
/// <remarks>Vanthoor's condensation conductance 6.4·10⁻⁹·1.7·|T_a − T_cov|^(1/3) [93] needs a cube root twice an hour, and
/// the C library's costs about twice a few multiplications and three divisions: here an exponent-thirding first guess
/// (within ≈3 %), two Halley steps (cubic convergence) and one Newton step, within 10⁻¹⁵ relative of
/// <see cref="Math.Cbrt"/> (tested), so a greenhouse year on this path matches the reference to far below 10⁻⁶ K (tested).
/// (A table of the saturation vapour pressure was tried as well: no faster than the C library's exp, so not kept.)</remarks>
internal readonly struct FastClimateFunctions : IClimateFunctions
{
    /// <inheritdoc />
    public static double CondensationConductanceKgM2SPa(double airTemperatureC, double surfaceTemperatureC) =>
        6.4e-9 * 1.7 * Cbrt(Math.Abs(airTemperatureC - surfaceTemperatureC));

    /// <summary>Cube root of a non-negative number, within 10⁻¹⁵ relative of <see cref="Math.Cbrt"/>.</summary>
    /// <param name="x">Argument [-].</param>
    internal static double Cbrt(double x)
    {
        // Zero, subnormal-range, infinite or NaN arguments: the library (the bit trick needs a normal, finite number).
        if (!(x > 1e-290 && x < 1e290))
            return Math.Cbrt(x);
        // Dividing the biased exponent (and mantissa bits) by three gives x^(1/3) within a few per cent.
        var y = BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(x) / 3 + 0x2A9F7893782DA1CEL);
        var y3 = y * y * y;
        y *= (y3 + 2 * x) / (2 * y3 + x);
        y3 = y * y * y;
        y *= (y3 + 2 * x) / (2 * y3 + x);
        return y - (y * y * y - x) / (3 * y * y);
    }
}
