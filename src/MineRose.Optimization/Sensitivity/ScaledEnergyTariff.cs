using MineRose.Core.Grid;
using MineRose.Core.Time;

namespace MineRose.Optimization.Sensitivity;

/// <summary>An import tariff whose energy price is another tariff's times a factor, with the same time-of-use periods; build
/// it with <see cref="Of"/>, which scales the surcharges too, so every imported kWh costs the factor times as much.</summary>
/// <param name="Inner">The tariff scaled.</param>
/// <param name="Factor">Multiplier of the energy price [—]; ≥ 0.</param>
public sealed record ScaledEnergyTariff(EnergyTariff Inner, double Factor) : EnergyTariff
{
    /// <summary>The tariff <paramref name="inner"/> with its energy price and surcharges multiplied by <paramref name="factor"/>.</summary>
    /// <param name="inner">The tariff scaled.</param>
    /// <param name="factor">Multiplier [—]; ≥ 0.</param>
    public static ScaledEnergyTariff Of(EnergyTariff inner, double factor)
    {
        ArgumentNullException.ThrowIfNull(inner);
        Core.Guard.NonNegative(factor, "import price factor");
        return new ScaledEnergyTariff(inner, factor)
        {
            Surcharges = [.. inner.Surcharges.Select(s => s with { CnyPerKwh = s.CnyPerKwh * factor })],
        };
    }

    /// <inheritdoc/>
    public override void FillEnergyPrices(TimeGrid grid, double utcOffsetHours, Span<double> energyPriceCnyPerKwh)
    {
        Inner.FillEnergyPrices(grid, utcOffsetHours, energyPriceCnyPerKwh);
        foreach (ref double p in energyPriceCnyPerKwh)
            p *= Factor;
    }

    /// <inheritdoc/>
    public override void FillPeriods(TimeGrid grid, double utcOffsetHours, Span<TariffPeriod> periods) =>
        Inner.FillPeriods(grid, utcOffsetHours, periods);

    /// <inheritdoc/>
    public override EnergyTariff Validated()
    {
        ArgumentNullException.ThrowIfNull(Inner, nameof(Inner));
        Inner.Validated();
        Core.Guard.NonNegative(Factor, "import price factor");
        return base.Validated();
    }
}
