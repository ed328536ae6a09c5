using System.Globalization;

namespace MineRose.Reports;

/// <summary>Numbers as the report prints them: rounded to what the models can claim, invariant culture.</summary>
public static class NumberText
{
    /// <summary>A value with four significant digits, or whole with thousands separators from 1,000 up; "n/a" for NaN or
    /// infinity.</summary>
    /// <param name="value">The value, any unit.</param>
    /// <returns>E.g. 1,234,568 · 12.35 · 0.08341 · 0.</returns>
    public static string Sensible(double value)
    {
        if (!double.IsFinite(value))
            return "n/a";
        double magnitude = Math.Abs(value);
        if (magnitude >= 1000)
            return value.ToString("#,##0", CultureInfo.InvariantCulture);
        if (magnitude == 0)
            return "0";
        // Decimals that leave four significant digits, trailing zeros dropped.
        int decimals = Math.Clamp(3 - (int)Math.Floor(Math.Log10(magnitude)), 0, 12);
        double rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return rounded == 0 ? "0" : rounded.ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture);
    }

    /// <summary>A share as a signed percentage with one decimal, e.g. "+12.3 %"; "n/a" for NaN or infinity.</summary>
    /// <param name="share">The share [—].</param>
    public static string SignedPercent(double share) =>
        double.IsFinite(share) ? (100 * share).ToString("+0.0;−0.0;0.0", CultureInfo.InvariantCulture) + " %" : "n/a";

    /// <summary>An amount in millions of yuan with three decimals, e.g. "−12.345".</summary>
    /// <param name="amountCny">Amount [CNY].</param>
    public static string MillionCny(double amountCny) =>
        (amountCny / 1e6).ToString("#,##0.000;−#,##0.000;0.000", CultureInfo.InvariantCulture);
}
