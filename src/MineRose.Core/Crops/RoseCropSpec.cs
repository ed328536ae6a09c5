namespace MineRose.Core.Crops;

/// <summary>Parameters of the rose yield model <see cref="RoseYield.LightUseEfficiency"/>.</summary>
/// <remarks>
/// Daily stem production <c>s = s_max · F_sys · f_T(T̄) · DLI / (DLI + K)</c> [stems/(m²·d)], with
/// <c>f_T = clamp((T̄ − T_b)/(T_ref − T_b), 0, 1)</c>. The elasticity of yield to light is K/(DLI + K): 0.8 at
/// DLI = 20 mol/(m²·d) with K = 80, inside Marcelis' 0.6–1 % per 1 % light for cut flowers, and larger in dark
/// winters, as they report [98]. T_b = 5.2 °C is Pasian and Lieth's base temperature of rose shoot development [99];
/// development above T_ref = 21 °C (the daily mean of 18–24 °C days and 15–18 °C nights [91]) is taken to bring no more
/// stems (faster shoots are lighter). s_max is calibrated once: a lit Dutch-style house in Amsterdam-like weather
/// (canopy PAR ≈ 8,000 mol/(m²·yr)) gives 300 stems/(m²·yr), the middle of 275–322 [91]. F_sys scales for the
/// production system: 1 for the modern soilless culture of that house, 0.47 for the Yunnan average.
/// </remarks>
/// <param name="MaxStemsPerM2Day">s_max: stem production at saturating light and optimal temperature [stems/(m²·d)], in (0, 20].</param>
/// <param name="HalfSaturationDliMolM2">K: daily light integral at which production is half of s_max [mol/(m²·d)], in (0, 1000].</param>
/// <param name="BaseTemperatureC">T_b: no development at or below this daily mean temperature [°C], in [−5, 15].</param>
/// <param name="ReferenceTemperatureC">T_ref: daily mean temperature of full development [°C], above the base, at most 35.</param>
/// <param name="ProductionSystemFactor">F_sys: relative productivity of the cultivation system [-], in (0, 1.5].</param>
public sealed record RoseCropSpec(
    double MaxStemsPerM2Day,
    double HalfSaturationDliMolM2,
    double BaseTemperatureC,
    double ReferenceTemperatureC,
    double ProductionSystemFactor)
{
    /// <summary>Checks every field and returns the spec, or throws naming the bad field.</summary>
    public RoseCropSpec Validated()
    {
        Guard.InRange(MaxStemsPerM2Day, 1e-9, 20, "rose maximum stems per m² per day");
        Guard.InRange(HalfSaturationDliMolM2, 1e-9, 1000, "rose half-saturation daily light integral [mol/m²d]");
        Guard.InRange(BaseTemperatureC, -5, 15, "rose base temperature [°C]");
        Guard.InRange(ReferenceTemperatureC, BaseTemperatureC + 1, 35, "rose reference temperature [°C]");
        Guard.InRange(ProductionSystemFactor, 1e-9, 1.5, "rose production system factor");
        return this;
    }

    /// <summary>s_max calibrated to 300 stems/(m²·yr) for the lit Dutch-style reference house (see the test
    /// <c>A_lit_Dutch_style_house_yields_between_275_and_322_stems</c>) [stems/(m²·d)].</summary>
    public const double CalibratedMaxStemsPerM2Day = 4.14;

    /// <summary>F_sys of the average Yunnan plastic-house grower [-], calibrated so that an unheated single-film house in
    /// Kunming-like weather (canopy PAR ≈ 8,100 mol/(m²·yr)) gives the published ≈137 stems/(m²·yr) [91] (test
    /// <c>An_unlit_Yunnan_style_plastic_house_yields_about_137_stems</c>). With F_sys = 1 the same house gives ≈290, above the
    /// ≈225 stems/(m²·yr) of soilless culture in Jinning, Kunming [100]: the factor also carries what light and temperature do
    /// not (soil culture, no CO₂ enrichment, summer shade nets, plant density, cultivar).</summary>
    public const double YunnanAverageSystemFactor = 0.47;

    /// <summary>Modern soilless culture as in the lit Dutch-style calibration house: F_sys = 1.</summary>
    public static RoseCropSpec ModernSoilless { get; } = new(CalibratedMaxStemsPerM2Day, 80, 5.2, 21, 1);

    /// <summary>The average Yunnan plastic-house grower (see <see cref="YunnanAverageSystemFactor"/>).</summary>
    public static RoseCropSpec YunnanAverage { get; } = ModernSoilless with { ProductionSystemFactor = YunnanAverageSystemFactor };
}
