namespace MineRose.Core.Greenhouse;

/// <summary>A movable shade screen (or seasonal whitewash) that cuts sunlight in warm, bright hours.</summary>
/// <remarks>
/// When drawn it multiplies both the solar and the PAR transmission of the cover by <see cref="Transmission"/>. It is drawn
/// while the outside global radiation exceeds <see cref="DrawnAboveGlobalWm2"/> and the outside air is warmer than
/// <see cref="DrawnAboveOutsideTemperatureC"/>, so it acts in the warm season only, when ventilation cannot hold the air.
/// Growers shade roses and other sun crops by 40–60 % from spring to early autumn, because photosynthesis of such crops
/// saturates near half of full summer sun while the heat load does not [113].
/// </remarks>
/// <param name="Transmission">Fraction of sunlight (solar and PAR) the drawn screen lets through [-], in (0, 1].</param>
/// <param name="DrawnAboveGlobalWm2">The screen is drawn above this outside global horizontal radiation [W/m²], in [0, 1500].</param>
/// <param name="DrawnAboveOutsideTemperatureC">…and only when the outside air is above this [°C], in [−50, 50].</param>
public sealed record ShadeScreen(double Transmission, double DrawnAboveGlobalWm2, double DrawnAboveOutsideTemperatureC)
{
    /// <summary>Checks every field and returns the screen, or throws naming the bad field.</summary>
    public ShadeScreen Validated()
    {
        Guard.Efficiency(Transmission, "shade screen transmission");
        Guard.InRange(DrawnAboveGlobalWm2, 0, 1500, "shade screen global radiation threshold [W/m²]");
        Guard.InRange(DrawnAboveOutsideTemperatureC, -50, 50, "shade screen outside temperature threshold [°C]");
        return this;
    }

    /// <summary>Whether the screen is drawn for the given outside conditions.</summary>
    /// <param name="globalRadiationWm2">Outside global horizontal radiation [W/m²].</param>
    /// <param name="outsideTemperatureC">Outside air temperature [°C].</param>
    public bool IsDrawn(double globalRadiationWm2, double outsideTemperatureC) =>
        globalRadiationWm2 > DrawnAboveGlobalWm2 && outsideTemperatureC > DrawnAboveOutsideTemperatureC;

    /// <summary>A 50 % summer shade screen, the middle of the 40–60 % of practice [113], drawn above 500 W/m² outside when the
    /// outside air is above 20 °C (thresholds are our assumptions: half of a clear summer noon, and the warm season).</summary>
    public static ShadeScreen SummerHalfShade { get; } = new(0.5, 500, 20);
}
