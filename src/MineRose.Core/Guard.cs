using System.Globalization;

namespace MineRose.Core;

/// <summary>Guard clauses for model boundaries: each throws an <see cref="InvalidInputException"/> naming the field.</summary>
public static class Guard
{
    /// <summary>Requires a finite number in the closed interval [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static double InRange(double value, double min, double max, string field)
    {
        if (!double.IsFinite(value) || value < min || value > max)
            throw new InvalidInputException(field, Format(value), $"a number in [{Format(min)}, {Format(max)}]");
        return value;
    }

    /// <summary>Requires a finite number strictly greater than zero.</summary>
    public static double Positive(double value, string field)
    {
        if (!double.IsFinite(value) || value <= 0)
            throw new InvalidInputException(field, Format(value), "a number > 0");
        return value;
    }

    /// <summary>Requires a finite number greater than or equal to zero.</summary>
    public static double NonNegative(double value, string field)
    {
        if (!double.IsFinite(value) || value < 0)
            throw new InvalidInputException(field, Format(value), "a number >= 0");
        return value;
    }

    /// <summary>Requires an efficiency or fraction in the half-open interval (0, 1].</summary>
    public static double Efficiency(double value, string field)
    {
        if (!double.IsFinite(value) || value <= 0 || value > 1)
            throw new InvalidInputException(field, Format(value), "a number in (0, 1]");
        return value;
    }

    /// <summary>Requires a finite number.</summary>
    public static double Finite(double value, string field)
    {
        if (!double.IsFinite(value))
            throw new InvalidInputException(field, Format(value), "a finite number");
        return value;
    }

    /// <summary>Formats a number the same way on every machine.</summary>
    public static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
