namespace MineRose.Core.Grid;

/// <summary>One number for each <see cref="TariffPeriod"/>: multipliers, energies or costs; the unit is in the name of the member that holds it.</summary>
/// <param name="CriticalPeak">Value for <see cref="TariffPeriod.CriticalPeak"/>.</param>
/// <param name="Peak">Value for <see cref="TariffPeriod.Peak"/>.</param>
/// <param name="Flat">Value for <see cref="TariffPeriod.Flat"/>.</param>
/// <param name="Valley">Value for <see cref="TariffPeriod.Valley"/>.</param>
/// <param name="DeepValley">Value for <see cref="TariffPeriod.DeepValley"/>.</param>
public readonly record struct TariffPeriodValues(double CriticalPeak, double Peak, double Flat, double Valley, double DeepValley)
{
    /// <summary>Number of periods.</summary>
    public const int Count = 5;

    /// <summary>The value of a period.</summary>
    /// <param name="period">The period.</param>
    public double this[TariffPeriod period] => period switch
    {
        TariffPeriod.CriticalPeak => CriticalPeak,
        TariffPeriod.Peak => Peak,
        TariffPeriod.Flat => Flat,
        TariffPeriod.Valley => Valley,
        TariffPeriod.DeepValley => DeepValley,
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, "not a tariff period"),
    };

    /// <summary>Sum over the five periods (meaningful for energies and costs, not for multipliers).</summary>
    public double Total => CriticalPeak + Peak + Flat + Valley + DeepValley;

    /// <summary>The same value for every period.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Five equal values.</returns>
    public static TariffPeriodValues All(double value) => new(value, value, value, value, value);

    /// <summary>Five values indexed by <see cref="TariffPeriod"/>.</summary>
    internal static TariffPeriodValues From(ReadOnlySpan<double> values) =>
        new(values[0], values[1], values[2], values[3], values[4]);

    /// <summary>Checks that each value is finite and at least <paramref name="min"/>; returns this.</summary>
    internal TariffPeriodValues Validated(double min, string field)
    {
        for (int p = 0; p < Count; p++)
        {
            var period = (TariffPeriod)p;
            double value = this[period];
            // The field name is composed only on failure, so validating allocates nothing.
            if (!(value >= min) || !double.IsFinite(value))
                Guard.InRange(value, min, double.MaxValue, field + "." + period.ToString());
        }

        return this;
    }
}
