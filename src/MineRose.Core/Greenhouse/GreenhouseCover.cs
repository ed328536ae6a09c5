namespace MineRose.Core.Greenhouse;

/// <summary>The cover of a greenhouse (roof and side walls): its overall heat loss coefficient and how much sunlight it lets through.</summary>
/// <remarks>
/// <see cref="UValueWm2K"/> is an overall coefficient in the sense of ASABE EP406 [90]: it lumps inside and outside
/// convection, conduction through the glazing and long-wave exchange with the sky at typical winter conditions, so the
/// model adds no separate sky-radiation term (clear, still nights lose somewhat more than the model says).
/// Transmissions are for the whole house (glazing, structure, dirt), for the diffuse-and-direct mix of a year.
/// </remarks>
/// <param name="Name">A label, e.g. "single glass".</param>
/// <param name="UValueWm2K">Overall heat transfer coefficient per m² of cover [W/(m²·K)], in [0.5, 10].</param>
/// <param name="SolarTransmission">Fraction of global (shortwave) radiation on the horizontal that enters the house [-], in (0, 1].</param>
/// <param name="ParTransmission">Fraction of photosynthetically active radiation (400–700 nm) that reaches the canopy [-], in (0, 1].</param>
public sealed record GreenhouseCover(string Name, double UValueWm2K, double SolarTransmission, double ParTransmission)
{
    /// <summary>Checks every field and returns the cover, or throws naming the bad field.</summary>
    public GreenhouseCover Validated()
    {
        Guard.InRange(UValueWm2K, 0.5, 10, "cover U-value [W/m²K]");
        Guard.Efficiency(SolarTransmission, "cover solar transmission");
        Guard.Efficiency(ParTransmission, "cover PAR transmission");
        return this;
    }

    /// <summary>Single horticultural glass (Venlo type): U = 6.4 W/(m²·K) (1.13 Btu/(h·ft²·°F), ASABE EP406 [90]); whole-house PAR transmission 0.75 and solar 0.70, inside the 0.65–0.85 range of [91].</summary>
    public static GreenhouseCover SingleGlass { get; } = new("single glass", 6.4, 0.70, 0.75);

    /// <summary>Double (insulating) glass: U = 3.7 W/(m²·K) (0.65 Btu/(h·ft²·°F), ASABE EP406 [90]; 3.4–4.0 in [91]); transmissions 0.68 PAR, 0.63 solar (one more pane, ≈10 % less light).</summary>
    public static GreenhouseCover DoubleGlass { get; } = new("double glass", 3.7, 0.63, 0.68);

    /// <summary>Single polyethylene film: U = 6.8 W/(m²·K) (1.2 Btu/(h·ft²·°F), ASABE EP406 [90]); aged film and light structure: 0.72 PAR, 0.72 solar.</summary>
    public static GreenhouseCover SinglePlasticFilm { get; } = new("single plastic film", 6.8, 0.72, 0.72);

    /// <summary>Double inflated polyethylene film: U = 4.0 W/(m²·K) (0.70 Btu/(h·ft²·°F), ASABE EP406 [90]); 0.65 PAR and solar, the low end of [91].</summary>
    public static GreenhouseCover DoublePlasticFilm { get; } = new("double plastic film", 4.0, 0.65, 0.65);
}
