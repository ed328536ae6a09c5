using MineRose.Core.Time;

namespace MineRose.Core.Grid;

/// <summary>A time-of-use tariff: a flat energy price scaled by the multiplier of each interval's period, plus fixed surcharges [140], [143].</summary>
/// <remarks>
/// p_energy,i = p_flat · k(period(month_i, hour_i)), with the period from <see cref="Schedule"/> in local standard time
/// and k from <see cref="Multipliers"/>; the surcharges are added unscaled (<see cref="EnergyTariff.FillImportPrices"/>).
/// </remarks>
public sealed record TimeOfUseTariff : EnergyTariff
{
    /// <summary>Which period applies in each hour of each month.</summary>
    public required TimeOfUseSchedule Schedule { get; init; }

    /// <summary>Energy price in the flat period, p_flat, the base of the multipliers [CNY/kWh]; ≥ 0.</summary>
    public required double FlatEnergyPriceCnyPerKwh { get; init; }

    /// <summary>Multiplier k of each period on the flat energy price [–]; each ≥ 0.</summary>
    public required TariffPeriodValues Multipliers { get; init; }

    /// <summary>Energy price of each period, p_flat · k, surcharges excluded [CNY/kWh].</summary>
    public TariffPeriodValues EnergyPricesCnyPerKwh => new(
        FlatEnergyPriceCnyPerKwh * Multipliers.CriticalPeak,
        FlatEnergyPriceCnyPerKwh * Multipliers.Peak,
        FlatEnergyPriceCnyPerKwh * Multipliers.Flat,
        FlatEnergyPriceCnyPerKwh * Multipliers.Valley,
        FlatEnergyPriceCnyPerKwh * Multipliers.DeepValley);

    /// <inheritdoc/>
    public override void FillPeriods(TimeGrid grid, double utcOffsetHours, Span<TariffPeriod> periods) =>
        Schedule.FillPeriods(grid, utcOffsetHours, periods);

    /// <inheritdoc/>
    public override void FillEnergyPrices(TimeGrid grid, double utcOffsetHours, Span<double> energyPriceCnyPerKwh)
    {
        RequireLength(grid, energyPriceCnyPerKwh.Length, "energyPriceCnyPerKwh");
        // The five period prices, indexed by period, so the loop does one lookup per interval.
        Span<double> priceOfPeriod = stackalloc double[TariffPeriodValues.Count];
        var prices = EnergyPricesCnyPerKwh;
        for (int p = 0; p < TariffPeriodValues.Count; p++)
            priceOfPeriod[p] = prices[(TariffPeriod)p];

        Schedule.FillByPeriod(grid, utcOffsetHours, priceOfPeriod, energyPriceCnyPerKwh);
    }

    /// <inheritdoc/>
    public override TimeOfUseTariff Validated()
    {
        ArgumentNullException.ThrowIfNull(Schedule, nameof(Schedule));
        Guard.NonNegative(FlatEnergyPriceCnyPerKwh, "TimeOfUseTariff.FlatEnergyPriceCnyPerKwh");
        Multipliers.Validated(0.0, "TimeOfUseTariff.Multipliers");
        base.Validated();
        return this;
    }
}
