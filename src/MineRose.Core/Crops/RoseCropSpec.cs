namespace MineRose.Core.Crops;

/// <summary>Parameters of the rose yield model <see cref="RoseYield"/>.</summary>
/// <remarks>
/// Daily stem production <c>s = s_max · F_sys · f_T(T̄) · L / (L + K)</c> [stems/(m²·d)], with <c>L = Σ PAR·f_CO₂·Δt</c> the
/// day's canopy light weighted by the CO₂ factor of photosynthesis (<see cref="RoseYield.Co2Factor"/>, 1 at outside CO₂) and
/// <c>f_T = clamp((T̄ − T_b)/(T_ref − T_b), 0, 1)</c>. The elasticity of yield to light is K/(L + K): 0.8 at
/// 20 mol/(m²·d) with K = 80, inside Marcelis' 0.6–1 % per 1 % light for cut flowers, and larger in dark winters, as they
/// report [98]. T_b = 5.2 °C is Pasian and Lieth's base temperature of rose shoot development [99]; development above
/// T_ref = 21 °C (the daily mean of 18–24 °C days and 15–18 °C nights [91]) is taken to bring no more stems (faster
/// shoots are lighter).
/// One light-use efficiency s_max serves every site. It is calibrated once: the lit Dutch-style house
/// (<c>GreenhouseSpec.StandardRose</c> with <c>SupplementaryLighting.RoseLed</c>, CO₂ dosed to 800 ppm) on the Amsterdam IWEC
/// year [105] receives 5,250 mol/(m²·yr) of sunlight PAR through the glass and 2,890 of lamp PAR and gives 300 stems/(m²·yr),
/// the middle of 275–322 [91]. The same s_max, without CO₂ dosing, gives ≈ 240 for modern soilless culture in an unheated,
/// summer-shaded film house in Kunming weather, near the ≈ 225 of soilless culture in Jinning, Kunming [100], and ≈ 215 for
/// the Dakuishan house on the Jinan year, under the 250 that Zibo's natural light is said to support [91]. What light,
/// temperature and CO₂ do not explain is the production system: Jinning's soil culture gives a third of its soilless
/// yield [100]; F_sys carries that.
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

    /// <summary>s_max calibrated to 300 stems/(m²·yr) for the lit, CO₂-dosed Dutch-style house on the Amsterdam IWEC year (see
    /// the validation test <c>A_lit_standard_rose_house_on_the_Amsterdam_IWEC_year_yields_300_stems</c>) [stems/(m²·d)].</summary>
    public const double CalibratedMaxStemsPerM2Day = 3.66;

    /// <summary>F_sys of the average Yunnan plastic-house grower [-]: the published sector average of ≈ 137 stems/(m²·yr) [91] over the
    /// ≈ 225 of soilless culture in Jinning [100], which light, temperature and CO₂ reproduce with F_sys = 1 (test
    /// <c>An_unlit_Yunnan_style_plastic_house_yields_about_137_stems</c>). The factor stands for soil culture (≈ 75 stems/(m²·yr)
    /// in Jinning [100]), which most Yunnan growers still use.</summary>
    public const double YunnanAverageSystemFactor = 0.61;

    /// <summary>Modern soilless culture, as in the lit Dutch-style calibration house and Jinning's soilless growers: F_sys = 1.</summary>
    public static RoseCropSpec ModernSoilless { get; } = new(CalibratedMaxStemsPerM2Day, 80, 5.2, 21, 1);

    /// <summary>The average Yunnan plastic-house grower (see <see cref="YunnanAverageSystemFactor"/>).</summary>
    public static RoseCropSpec YunnanAverage { get; } = ModernSoilless with { ProductionSystemFactor = YunnanAverageSystemFactor };
}
