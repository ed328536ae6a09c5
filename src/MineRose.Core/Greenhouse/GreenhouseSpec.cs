namespace MineRose.Core.Greenhouse;

/// <summary>A greenhouse: geometry, cover, screen, air exchange, thermal mass, crop size, set-points and lamps.</summary>
/// <remarks>
/// The model has two heat nodes (see <see cref="GreenhouseClimate"/>): the air with the leaves, and one lumped mass
/// (floor, top soil layer) of <see cref="ThermalMassKjM2K"/> coupled to the air by <see cref="MassAirConductanceWm2K"/>.
/// Leakage follows Vanthoor's linear wind law [93]: <c>ACH = LeakageAch · max(v, 0.25 m/s) / 4 m/s</c>.
/// </remarks>
/// <param name="FloorAreaM2">Ground (floor) area [m²], in (0, 10⁷].</param>
/// <param name="CoverToFloorRatio">Area of roof and walls per m² of floor [-], in [1, 3]; ≈1.3 for multi-span houses [91].</param>
/// <param name="MeanHeightM">Mean height, i.e. air volume per m² of floor [m], in [1.5, 15].</param>
/// <param name="Cover">The cover.</param>
/// <param name="Screen">The thermal screen, or null for none.</param>
/// <param name="LeakageAch">Air changes per hour through leaks at a wind speed of 4 m/s [1/h], in [0, 10]; 0.5–1 in [91].</param>
/// <param name="MaxVentilationAch">Air changes per hour with the vents (or fans) fully open [1/h], in [leakage, 300].</param>
/// <param name="ThermalMassKjM2K">Heat capacity of the lumped mass node per m² of floor [kJ/(m²·K)], in [1, 2000].</param>
/// <param name="MassAirConductanceWm2K">Heat transfer coefficient between mass node and air per m² of floor [W/(m²·K)], in (0, 100].</param>
/// <param name="LeafAreaIndex">Leaf area per m² of floor [m²/m²], in [0, 8].</param>
/// <param name="SetPoints">Climate set-points.</param>
/// <param name="Lighting">Supplementary lighting, or null for an unlit house.</param>
/// <param name="Shade">A summer shade screen, or null for none.</param>
/// <param name="Co2">CO₂ enrichment by day, or null for none (inside air at the outside concentration).</param>
public sealed record GreenhouseSpec(
    double FloorAreaM2,
    double CoverToFloorRatio,
    double MeanHeightM,
    GreenhouseCover Cover,
    ThermalScreen? Screen,
    double LeakageAch,
    double MaxVentilationAch,
    double ThermalMassKjM2K,
    double MassAirConductanceWm2K,
    double LeafAreaIndex,
    GreenhouseSetPoints SetPoints,
    SupplementaryLighting? Lighting,
    ShadeScreen? Shade = null,
    Co2Enrichment? Co2 = null)
{
    /// <summary>Checks every field (and the nested records) and returns the spec, or throws naming the bad field.</summary>
    public GreenhouseSpec Validated()
    {
        Guard.InRange(FloorAreaM2, 1e-6, 1e7, "greenhouse floor area [m²]");
        Guard.InRange(CoverToFloorRatio, 1, 3, "cover-to-floor area ratio");
        Guard.InRange(MeanHeightM, 1.5, 15, "greenhouse mean height [m]");
        ArgumentNullException.ThrowIfNull(Cover);
        ArgumentNullException.ThrowIfNull(SetPoints);
        Cover.Validated();
        Screen?.Validated();
        Guard.InRange(LeakageAch, 0, 10, "leakage [air changes/h]");
        Guard.InRange(MaxVentilationAch, Math.Max(LeakageAch, 1e-9), 300, "maximum ventilation [air changes/h]");
        Guard.InRange(ThermalMassKjM2K, 1, 2000, "thermal mass [kJ/m²K]");
        Guard.InRange(MassAirConductanceWm2K, 1e-9, 100, "mass-air heat transfer coefficient [W/m²K]");
        Guard.InRange(LeafAreaIndex, 0, 8, "leaf area index");
        SetPoints.Validated();
        Lighting?.Validated();
        Shade?.Validated();
        Co2?.Validated();
        return this;
    }

    /// <summary>Typical thermal mass of a glasshouse floor [kJ/(m²·K)]: Vanthoor's 2 cm concrete floor (40.5) plus his first
    /// 4 cm soil layer (69.2) [93].</summary>
    public const double TypicalThermalMassKjM2K = 110;

    /// <summary>Typical floor–air coupling [W/(m²·K)]: free convection 1.7·ΔT^⅓ ≈ 2.5 plus long-wave floor–canopy exchange
    /// 4σT³·(1 − e^(−0.94·LAI)) ≈ 5.5 at LAI 3 [93].</summary>
    public const double TypicalMassAirConductanceWm2K = 8;

    /// <summary>The Dakuishan rose house as published (13,000 m², held at ≈16 °C [91]) with our assumptions where nothing was
    /// published: single-glass Venlo cover with an energy screen and a 50 % summer shade screen [113], 1.3 cover/floor, 4.5 m
    /// mean height, 0.5 ACH leakage, 30 ACH maximum ventilation (ASABE's 0.04 m³/(s·m²) fan capacity [90]), LAI 3, no lamps,
    /// no CO₂ enrichment (none was reported).</summary>
    public static GreenhouseSpec Dakuishan(double floorAreaM2 = 13_000) => new(
        floorAreaM2, 1.3, 4.5, GreenhouseCover.SingleGlass, ThermalScreen.EnergyScreen,
        0.5, 30, TypicalThermalMassKjM2K, TypicalMassAirConductanceWm2K, 3, GreenhouseSetPoints.Dakuishan, null,
        ShadeScreen.SummerHalfShade, null);

    /// <summary>A standard (Dutch-style) rose glasshouse: single glass, energy screen, standard rose set-points, CO₂ dosed to
    /// 800 ppm by day as in GreenLight [94], no shade screen (Dutch summers are held by the vents), optional lamps; geometry
    /// and air exchange as in <see cref="Dakuishan"/>.</summary>
    public static GreenhouseSpec StandardRose(double floorAreaM2 = 10_000, SupplementaryLighting? lighting = null) => new(
        floorAreaM2, 1.3, 4.5, GreenhouseCover.SingleGlass, ThermalScreen.EnergyScreen,
        0.5, 30, TypicalThermalMassKjM2K, TypicalMassAirConductanceWm2K, 3, GreenhouseSetPoints.StandardRose, lighting,
        null, Co2Enrichment.DutchPractice);
}
