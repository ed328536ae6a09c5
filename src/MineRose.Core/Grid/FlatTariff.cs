using MineRose.Core.Time;

namespace MineRose.Core.Grid;

/// <summary>One energy price at all hours, plus fixed surcharges.</summary>
public sealed record FlatTariff : EnergyTariff
{
    /// <summary>Energy price of every imported kWh, surcharges excluded [CNY/kWh]; ≥ 0.</summary>
    public required double EnergyPriceCnyPerKwh { get; init; }

    /// <inheritdoc/>
    public override void FillEnergyPrices(TimeGrid grid, double utcOffsetHours, Span<double> energyPriceCnyPerKwh)
    {
        RequireLength(grid, energyPriceCnyPerKwh.Length, "energyPriceCnyPerKwh");
        LocalClock.Offset(utcOffsetHours);
        energyPriceCnyPerKwh.Fill(EnergyPriceCnyPerKwh);
    }

    /// <inheritdoc/>
    public override FlatTariff Validated()
    {
        Guard.NonNegative(EnergyPriceCnyPerKwh, "FlatTariff.EnergyPriceCnyPerKwh");
        base.Validated();
        return this;
    }
}
