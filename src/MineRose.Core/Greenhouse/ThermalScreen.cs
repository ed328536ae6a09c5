namespace MineRose.Core.Greenhouse;

/// <summary>A movable thermal (energy) screen drawn under the roof on cold nights.</summary>
/// <remarks>
/// When drawn, the cover's U-value is multiplied by (1 − <see cref="HeatLossReduction"/>). Mihara and Hayashi measured
/// reductions of 33–37 % of the overall coefficient for plastic curtains in a glasshouse [92]; FACTS.md gives
/// 30–40 % [91]. The screen is drawn at night (outside global radiation below
/// <see cref="GreenhouseClimate.NightGlobalRadiationWm2"/>) when the outside air is colder than
/// <see cref="ClosedBelowOutsideTemperatureC"/>, and by day when it is colder than <see cref="ClosedByDayBelowOutsideTemperatureC"/>:
/// GreenLight's rules, 10 °C at night and 5 °C by day [94]. Drawn by day it passes <see cref="Transmission"/> of the sunlight
/// (0.6 for Vanthoor's energy screen [93]).
/// </remarks>
/// <param name="HeatLossReduction">Fractional reduction of the cover U-value when drawn [-], in [0, 0.9].</param>
/// <param name="ClosedBelowOutsideTemperatureC">The screen is drawn at night when the outside air is below this [°C], in [−50, 40].</param>
/// <param name="ClosedByDayBelowOutsideTemperatureC">The screen is drawn by day when the outside air is below this [°C], in [−50, 40], or null for never by day.</param>
/// <param name="Transmission">Fraction of sunlight (solar and PAR) a drawn screen lets through [-], in (0, 1].</param>
public sealed record ThermalScreen(
    double HeatLossReduction,
    double ClosedBelowOutsideTemperatureC,
    double? ClosedByDayBelowOutsideTemperatureC = null,
    double Transmission = 0.6)
{
    /// <summary>Checks every field and returns the screen, or throws naming the bad field.</summary>
    public ThermalScreen Validated()
    {
        Guard.InRange(HeatLossReduction, 0, 0.9, "screen heat loss reduction");
        Guard.InRange(ClosedBelowOutsideTemperatureC, -50, 40, "screen closing outside temperature [°C]");
        if (ClosedByDayBelowOutsideTemperatureC is { } day)
            Guard.InRange(day, -50, 40, "screen closing outside temperature by day [°C]");
        Guard.Efficiency(Transmission, "thermal screen transmission");
        return this;
    }

    /// <summary>Whether the screen is drawn.</summary>
    /// <param name="isNight">Whether it is night (outside global radiation below <see cref="GreenhouseClimate.NightGlobalRadiationWm2"/>).</param>
    /// <param name="outsideTemperatureC">Outside air temperature [°C].</param>
    public bool IsDrawn(bool isNight, double outsideTemperatureC) =>
        isNight ? outsideTemperatureC < ClosedBelowOutsideTemperatureC : outsideTemperatureC < (ClosedByDayBelowOutsideTemperatureC ?? double.NegativeInfinity);

    /// <summary>A common energy screen: 35 % less heat loss through the cover ([92], [91]); drawn at night below 10 °C and by day
    /// below 5 °C outside [94], passing 60 % of the light when drawn by day [93].</summary>
    public static ThermalScreen EnergyScreen { get; } = new(0.35, 10, 5, 0.6);
}
