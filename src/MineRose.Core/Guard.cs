using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace MineRose.Core;

/// <summary>Guard clauses for model boundaries: each throws an <see cref="InvalidInputException"/> naming the field.</summary>
/// <remarks>The checks are inlined and the throwing paths kept out of line, so a guard in an hourly loop costs a
/// compare and a branch.</remarks>
public static class Guard
{
    /// <summary>Requires a finite number in the closed interval [<paramref name="min"/>, <paramref name="max"/>].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double InRange(double value, double min, double max, string field)
    {
        if (!(value >= min && value <= max) || !double.IsFinite(value))
            ThrowOutOfRange(value, min, max, field);
        return value;
    }

    /// <summary>Requires a finite number strictly greater than zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Positive(double value, string field)
    {
        if (!(value > 0) || !double.IsFinite(value))
            Throw(field, value, "a number > 0");
        return value;
    }

    /// <summary>Requires a finite number greater than or equal to zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double NonNegative(double value, string field)
    {
        if (!(value >= 0) || !double.IsFinite(value))
            Throw(field, value, "a number >= 0");
        return value;
    }

    /// <summary>Requires an efficiency or fraction in the half-open interval (0, 1].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Efficiency(double value, string field)
    {
        if (!(value > 0 && value <= 1))
            Throw(field, value, "a number in (0, 1]");
        return value;
    }

    /// <summary>Requires a finite number.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Finite(double value, string field)
    {
        if (!double.IsFinite(value))
            Throw(field, value, "a finite number");
        return value;
    }

    /// <summary>Formats a number the same way on every machine.</summary>
    public static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowOutOfRange(double value, double min, double max, string field) =>
        Throw(field, value, $"a number in [{Format(min)}, {Format(max)}]");

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Throw(string field, double value, string expected) =>
        throw new InvalidInputException(field, Format(value), expected);
}
