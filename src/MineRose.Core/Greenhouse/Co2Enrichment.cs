namespace MineRose.Core.Greenhouse;

/// <summary>CO₂ enrichment by day: the concentration the grower aims at and the dosing capacity that can hold it against ventilation.</summary>
/// <remarks>See <see cref="Co2Balance.InsideQuasiSteadyPpm"/> for how the two limit the inside concentration.</remarks>
/// <param name="DaySetPointPpm">CO₂ concentration dosed to by day [ppm], in [300, 2000].</param>
/// <param name="CapacityKgPerHaH">Dosing capacity per hectare of floor [kg/(ha·h)], in (0, 1000].</param>
public sealed record Co2Enrichment(double DaySetPointPpm, double CapacityKgPerHaH)
{
    /// <summary>Checks every field and returns the enrichment, or throws naming the bad field.</summary>
    public Co2Enrichment Validated()
    {
        Guard.InRange(DaySetPointPpm, 300, 2000, "CO₂ day set-point [ppm]");
        Guard.InRange(CapacityKgPerHaH, 1e-9, 1000, "CO₂ dosing capacity [kg/(ha·h)]");
        return this;
    }

    /// <summary>Dosing capacity per m² of floor [mg/(m²·s)].</summary>
    public double CapacityMgM2S => CapacityKgPerHaH * 1e6 / 10_000 / 3600;

    /// <summary>Dutch practice as in GreenLight [94]: 800 ppm by day, 185 kg/(ha·h) (72 g/s for Vanthoor's 1.4 ha house [93]).</summary>
    public static Co2Enrichment DutchPractice { get; } = new(800, 185.142857142857);
}
