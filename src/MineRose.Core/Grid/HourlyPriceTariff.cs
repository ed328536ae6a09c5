using MineRose.Core.Time;

namespace MineRose.Core.Grid;

/// <summary>A spot (or any time-varying) energy price series on its own grid, plus fixed surcharges; prices may be negative, as Shandong's spot market often is at midday [140].</summary>
/// <remarks>
/// Each interval of the simulation grid takes the price of the price-grid interval that contains it; the price step
/// must be a multiple of the simulation step, aligned with it, and the series must cover the simulation. Intervals
/// carry the <see cref="TariffPeriod.Flat"/> label. The series is copied on construction.
/// </remarks>
public sealed record HourlyPriceTariff : EnergyTariff
{
    private readonly double[] _energyPricesCnyPerKwh;

    /// <summary>A price series on its grid.</summary>
    /// <param name="priceGrid">Grid of the price series, e.g. hourly day-ahead prices for a year.</param>
    /// <param name="energyPricesCnyPerKwh">Energy price of each interval of <paramref name="priceGrid"/>, surcharges excluded [CNY/kWh]; finite, may be negative.</param>
    public HourlyPriceTariff(TimeGrid priceGrid, ReadOnlySpan<double> energyPricesCnyPerKwh)
    {
        _energyPricesCnyPerKwh = PriceSeriesSampler.Copy(priceGrid, energyPricesCnyPerKwh, "HourlyPriceTariff.EnergyPricesCnyPerKwh");
        PriceGrid = priceGrid;
    }

    /// <summary>Grid of the price series.</summary>
    public TimeGrid PriceGrid { get; }

    /// <summary>Energy price of each interval of <see cref="PriceGrid"/>, surcharges excluded [CNY/kWh].</summary>
    public ReadOnlySpan<double> EnergyPricesCnyPerKwh => _energyPricesCnyPerKwh;

    /// <inheritdoc/>
    public override void FillEnergyPrices(TimeGrid grid, double utcOffsetHours, Span<double> energyPriceCnyPerKwh)
    {
        RequireLength(grid, energyPriceCnyPerKwh.Length, "energyPriceCnyPerKwh");
        LocalClock.Offset(utcOffsetHours);
        PriceSeriesSampler.Fill(PriceGrid, _energyPricesCnyPerKwh, grid, energyPriceCnyPerKwh, "HourlyPriceTariff price series");
    }

    /// <inheritdoc/>
    public override HourlyPriceTariff Validated()
    {
        base.Validated();
        return this;
    }
}
