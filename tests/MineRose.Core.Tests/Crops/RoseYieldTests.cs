using FsCheck.Xunit;
using MineRose.Core.Crops;
using MineRose.Core.Greenhouse;
using MineRose.Core.Tests.Greenhouse;

namespace MineRose.Core.Tests.Crops;

public class RoseYieldTests
{
    private static GreenhouseYearResult DutchLitHouse(SupplementaryLighting lamps) =>
        GreenhouseYear.Simulate(GreenhouseSpec.StandardRose(lighting: lamps), SyntheticClimate.Year(ClimateNormals.Amsterdam));

    /// <summary>An unheated Yunnan-style plastic house: single film, no thermal screen, a 50 % summer shade net as growers use,
    /// frost protection at 2 °C, vents above 25 °C, no dehumidification, no lamps, no CO₂ dosing.</summary>
    private static GreenhouseYearResult YunnanPlasticHouse() =>
        GreenhouseYear.Simulate(
            GreenhouseSpec.Dakuishan(10_000) with
            {
                Cover = GreenhouseCover.SinglePlasticFilm,
                Screen = null,
                Shade = ShadeScreen.SummerHalfShade,
                SetPoints = new GreenhouseSetPoints(2, 2, 25, null, 100),
            },
            SyntheticClimate.Year(ClimateNormals.Kunming));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_lit_Dutch_style_house_yields_between_275_and_322_stems(bool hps)
    {
        var house = DutchLitHouse(hps ? SupplementaryLighting.RoseHps : SupplementaryLighting.RoseLed);
        // Stated light: sun 982 kWh/m² (Amsterdam IWEC) × 3.6 MJ/kWh × 2.02 µmol/J × 0.75 PAR transmission ≈ 5,360 mol/m²,
        // lamps 200 µmol/(m²·s) for ≈3,660 h (02:00–18:00, off above 200 W/m²) ≈ 2,640 mol/m²: ≈8,000 mol/m²·yr at the canopy.
        // The energy screen drawn on days below 5 °C (60 % transmission) takes a little of the sun: ≈ 5,300.
        Assert.InRange(house.Summary.SunParMolM2, 5200, 5420);
        Assert.InRange(house.Summary.CanopyParMolM2, 7800, 8200);
        var y = RoseYield.LightUseEfficiency(house.Series.CanopyParUmolM2s, house.Series.InsideTemperatureC, house.Series.InsideCo2Ppm, 1,
            RoseCropSpec.ModernSoilless);
        // Published range for lit Dutch glasshouses: 275–322 stems/m²·yr [FACTS.md].
        Assert.InRange(y.StemsPerM2PerYear, 275, 322);
    }

    [Fact]
    public void An_unlit_Yunnan_style_plastic_house_yields_about_137_stems()
    {
        var house = YunnanPlasticHouse();
        // Stated light: Kunming 5,598 MJ/m²·yr (He et al. 2019) × 2.02 µmol/J × 0.72 PAR transmission ≈ 8,140 mol/m²·yr unshaded;
        // the summer shade net takes half of the light in the few hours above 500 W/m² and 20 °C.
        Assert.InRange(house.Summary.CanopyParMolM2, 7000, 8143);
        var soilless = RoseYield.LightUseEfficiency(house.Series.CanopyParUmolM2s, house.Series.InsideTemperatureC, house.Series.InsideCo2Ppm, 1,
            RoseCropSpec.ModernSoilless);
        // The one light-use efficiency, no CO₂ dosing: ≈ 225 stems/m²·yr of soilless culture in Jinning, Kunming (People's Daily 2022).
        Assert.InRange(soilless.StemsPerM2PerYear, 225 * 0.85, 225 * 1.15);
        var average = RoseYield.LightUseEfficiency(house.Series.CanopyParUmolM2s, house.Series.InsideTemperatureC, house.Series.InsideCo2Ppm, 1,
            RoseCropSpec.YunnanAverage);
        // Published: ≈137 stems/m²·yr in unlit Yunnan plastic houses [FACTS.md].
        Assert.InRange(average.StemsPerM2PerYear, 137 * 0.85, 137 * 1.15);
    }

    [Fact]
    public void One_percent_more_light_gives_between_0_6_and_1_percent_more_stems()
    {
        // Marcelis et al. 2006: for cut flowers a 1 % light increment gives 0.6–1 % more harvest.
        foreach (var house in new[] { DutchLitHouse(SupplementaryLighting.RoseLed), YunnanPlasticHouse() })
        {
            var par = house.Series.CanopyParUmolM2s;
            var more = par.Select(p => p * 1.01).ToArray();
            var y0 = RoseYield.LightUseEfficiency(par, house.Series.InsideTemperatureC, 1, RoseCropSpec.ModernSoilless).StemsPerM2;
            var y1 = RoseYield.LightUseEfficiency(more, house.Series.InsideTemperatureC, 1, RoseCropSpec.ModernSoilless).StemsPerM2;
            Assert.InRange((y1 / y0 - 1) * 100, 0.6, 1.0);
        }
    }

    [Fact]
    public void No_light_no_stems()
    {
        var y = RoseYield.LightUseEfficiency(new double[8760], Enumerable.Repeat(20.0, 8760).ToArray(), 1, RoseCropSpec.ModernSoilless);
        Assert.Equal(0, y.StemsPerM2);
    }

    [Property(MaxTest = 200)]
    public bool More_light_never_gives_fewer_stems(int seed, int scalePermille)
    {
        var rng = new Random(seed);
        var par = Enumerable.Range(0, 96).Select(_ => rng.NextDouble() * 1500).ToArray();
        var temp = Enumerable.Range(0, 96).Select(_ => rng.NextDouble() * 35).ToArray();
        var scale = 1 + ((scalePermille & 0x7fffffff) % 2000) / 1000.0;
        var y0 = RoseYield.LightUseEfficiency(par, temp, 1, RoseCropSpec.ModernSoilless).StemsPerM2;
        var y1 = RoseYield.LightUseEfficiency(par.Select(p => p * scale).ToArray(), temp, 1, RoseCropSpec.ModernSoilless).StemsPerM2;
        return y1 >= y0 && y0 >= 0;
    }

    [Fact]
    public void The_temperature_factor_follows_Pasian_and_Lieth_thermal_units()
    {
        var crop = RoseCropSpec.ModernSoilless;
        // Base 5.2 °C [Pasian & Lieth 1994]; full at 21 °C; halfway at (5.2 + 21)/2 = 13.1 °C.
        Assert.Equal(0, RoseYield.TemperatureFactor(5.2, crop));
        Assert.Equal(0.5, RoseYield.TemperatureFactor(13.1, crop), 12);
        Assert.Equal(1, RoseYield.TemperatureFactor(21, crop));
        Assert.Equal(1, RoseYield.TemperatureFactor(30, crop));
        // Daily stems by hand: s_max·F·f_T·DLI/(DLI + K) = 3.66 × 1 × 0.5 × 20/(20 + 80) = 0.366.
        Assert.Equal(0.366, RoseYield.DailyStems(20, 0.5, crop), 12);
    }

    [Fact]
    public void The_CO2_factor_follows_the_light_limited_Farquhar_form()
    {
        // By hand at 20 °C: Γ = 1.7 × 20 = 34 ppm; g(C) = (0.67C − Γ)/(0.67C + 2Γ);
        // g(420) = 247.4/349.4, g(800) = 502/604; f = g(800)/g(420) ≈ 1.174.
        var expected = (502.0 / 604.0) / (247.4 / 349.4);
        Assert.Equal(expected, RoseYield.Co2Factor(800, 20), 12);
        Assert.Equal(1, RoseYield.Co2Factor(RoseYield.ReferenceCo2Ppm, 20), 12);
        // Daily light at 800 ppm counts 1.174 times: more stems than the same light at the reference.
        var par = Enumerable.Repeat(400.0, 24).ToArray();
        var temp = Enumerable.Repeat(20.0, 24).ToArray();
        var dosed = RoseYield.LightUseEfficiency(par, temp, Enumerable.Repeat(800.0, 24).ToArray(), 1, RoseCropSpec.ModernSoilless);
        var dli = 400 * 24 * 3600e-6 * expected;
        Assert.Equal(3.66 * 1 * (20 - 5.2) / (21 - 5.2) * dli / (dli + 80), dosed.StemsPerM2, 12);
    }

    [Fact]
    public void A_bad_crop_parameter_fails_naming_the_field()
    {
        var ex = Assert.Throws<InvalidInputException>(() => (RoseCropSpec.ModernSoilless with { ReferenceTemperatureC = 4 }).Validated());
        Assert.Equal("rose reference temperature [°C]", ex.Field);
        ex = Assert.Throws<InvalidInputException>(() => RoseYield.LightUseEfficiency([1, 2], [20], 1, RoseCropSpec.ModernSoilless));
        Assert.Equal("rose yield series length", ex.Field);
    }
}
