namespace MineRose.Core.Greenhouse;

/// <summary>Climate set-points of a greenhouse: heating (day and night), ventilation, active cooling and the humidity limit.</summary>
/// <remarks>
/// Between the heating set-point and <see cref="VentilationC"/> the air floats freely. Above <see cref="VentilationC"/>
/// the vents open (when the outside air is cooler); active cooling holds <see cref="CoolingC"/> only when ventilation
/// cannot, so ventilation removes heat before any cooling energy is spent. "Day" means sun up or lamps on.
/// </remarks>
/// <param name="HeatingDayC">Heating set-point by day [°C], in [−10, 35].</param>
/// <param name="HeatingNightC">Heating set-point by night [°C], in [−10, 35].</param>
/// <param name="VentilationC">The vents open above this air temperature [°C]; above both heating set-points, at most 45.</param>
/// <param name="CoolingC">Active cooling holds the air at this temperature [°C], or null for a house without active cooling; at least <paramref name="VentilationC"/>.</param>
/// <param name="MaxRelativeHumidityPercent">Ventilation is raised to keep the inside relative humidity at or below this [%], in [50, 100].</param>
public sealed record GreenhouseSetPoints(
    double HeatingDayC,
    double HeatingNightC,
    double VentilationC,
    double? CoolingC,
    double MaxRelativeHumidityPercent)
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
        return this;
    }

    /// <summary>The Dakuishan regime: heated to 16 °C day and night [91]; vents above 20 °C and active (mine-water) cooling above
    /// 25 °C, the top of the 18–24 °C rose day range plus 1 K (our assumption); RH at most 85 % against Botrytis [91].</summary>
    public static GreenhouseSetPoints Dakuishan { get; } = new(16, 16, 20, 25, 85);

    /// <summary>A standard (Dutch-style) rose regime: 20 °C by day and 17 °C by night (18–24 and 15–18 °C in [91]), vents above
    /// 24 °C, no active cooling, RH at most 85 % [91].</summary>
    public static GreenhouseSetPoints StandardRose { get; } = new(20, 17, 24, null, 85);
}
