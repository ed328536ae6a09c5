namespace MineRose.Core.Greenhouse;

/// <summary>Climate set-points of a greenhouse: heating (day and night), ventilation, active cooling and the humidity limit.</summary>
/// <remarks>
/// Between the heating set-point and <see cref="VentilationC"/> the air floats freely. From <see cref="VentilationC"/> the
/// vents open over a proportional band (<see cref="GreenhouseClimate.VentilationPBandK"/>, 1 % to 99 %); active cooling holds
/// <see cref="CoolingC"/> only when ventilation cannot, so ventilation removes heat before any cooling energy is spent; with the
/// outside air at or above <see cref="CoolingC"/> the house closes and the coil cools. "Day" means sun up or lamps on.
/// </remarks>
/// <param name="HeatingDayC">Heating set-point by day [°C], in [−10, 35].</param>
/// <param name="HeatingNightC">Heating set-point by night [°C], in [−10, 35].</param>
/// <param name="VentilationC">The vents start to open at this air temperature (1 % of their range, 99 % a P-band higher) [°C]; above both heating set-points, at most 45.</param>
/// <param name="CoolingC">Active cooling holds the air at this temperature [°C], or null for a house without active cooling; at least <paramref name="VentilationC"/>.</param>
/// <param name="MaxRelativeHumidityPercent">Ventilation is raised to keep the inside relative humidity at or below this by day [%], in [50, 100].</param>
/// <param name="MaxRelativeHumidityNightPercent">The same limit at night [%], in [50, 100], or null for the day limit.</param>
public sealed record GreenhouseSetPoints(
    double HeatingDayC,
    double HeatingNightC,
    double VentilationC,
    double? CoolingC,
    double MaxRelativeHumidityPercent,
    double? MaxRelativeHumidityNightPercent = null)
{
    /// <summary>Checks every field and returns the set-points, or throws naming the bad field.</summary>
    public GreenhouseSetPoints Validated()
    {
        Guard.InRange(HeatingDayC, -10, 35, "heating day set-point [°C]");
        Guard.InRange(HeatingNightC, -10, 35, "heating night set-point [°C]");
        Guard.InRange(VentilationC, Math.Max(HeatingDayC, HeatingNightC) + 0.5, 45, "ventilation set-point [°C]");
        if (CoolingC is { } cooling)
            Guard.InRange(cooling, VentilationC, 45, "cooling set-point [°C]");
        Guard.InRange(MaxRelativeHumidityPercent, 50, 100, "maximum relative humidity [%]");
        if (MaxRelativeHumidityNightPercent is { } night)
            Guard.InRange(night, 50, 100, "maximum night relative humidity [%]");
        return this;
    }

    /// <summary>The humidity limit that applies by day or by night [%].</summary>
    /// <param name="isDay">Whether it is day (sun up or lamps on).</param>
    public double HumidityLimitPercent(bool isDay) => isDay ? MaxRelativeHumidityPercent : MaxRelativeHumidityNightPercent ?? MaxRelativeHumidityPercent;

    /// <summary>The Dakuishan regime: heated to 16 °C day and night [91]; vents above 24 °C, the top of the 18–24 °C rose day
    /// range [91], and active (mine-water) cooling only above 27 °C, the top of the 24–27 °C day optimum of greenhouse roses [114];
    /// RH at most 85 % by day against Botrytis [91] and 90 % at night, the limit of GreenLight's climate control [94].</summary>
    public static GreenhouseSetPoints Dakuishan { get; } = new(16, 16, 24, 27, 85, 90);

    /// <summary>A standard (Dutch-style) rose regime: 20 °C by day and 17 °C by night (18–24 and 15–18 °C in [91]), vents above
    /// 24 °C, no active cooling; RH at most 85 % by day [91] and 90 % at night, GreenLight's limit [94].</summary>
    public static GreenhouseSetPoints StandardRose { get; } = new(20, 17, 24, null, 85, 90);
}
