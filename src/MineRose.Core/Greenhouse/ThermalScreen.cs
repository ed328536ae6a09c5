namespace MineRose.Core.Greenhouse;

/// <summary>A movable thermal (energy) screen drawn under the roof on cold nights.</summary>
/// <remarks>
/// When drawn, the cover's U-value is multiplied by (1 − <see cref="HeatLossReduction"/>). Mihara and Hayashi measured
/// reductions of 33–37 % of the overall coefficient for plastic curtains in a glasshouse [92]; FACTS.md gives
/// 30–40 % [91]. The screen is drawn only at night (outside global radiation below
/// <see cref="GreenhouseClimate.NightGlobalRadiationWm2"/>) and when the outside air is colder than
/// <see cref="ClosedBelowOutsideTemperatureC"/>, the night rule of GreenLight (10 °C) [94], so it never shades the crop.
/// </remarks>
/// <param name="HeatLossReduction">Fractional reduction of the cover U-value when drawn [-], in [0, 0.9].</param>
/// <param name="ClosedBelowOutsideTemperatureC">The screen is drawn at night when the outside air is below this [°C], in [−50, 40].</param>
public sealed record ThermalScreen(double HeatLossReduction, double ClosedBelowOutsideTemperatureC)
{
    /// <summary>Checks every field and returns the screen, or throws naming the bad field.</summary>
    public ThermalScreen Validated()
    {
        Guard.InRange(HeatLossReduction, 0, 0.9, "screen heat loss reduction");
        Guard.InRange(ClosedBelowOutsideTemperatureC, -50, 40, "screen closing outside temperature [°C]");
        return this;
    }

    /// <summary>A common energy screen: 35 % less heat loss through the cover ([92], [91]); drawn at night below 10 °C outside [94].</summary>
    public static ThermalScreen EnergyScreen { get; } = new(0.35, 10);
}
