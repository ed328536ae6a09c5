using FsCheck.Xunit;
using MineRose.Core.Crops;
using MineRose.Core.Greenhouse;
using MineRose.Core.Tests.Greenhouse;

namespace MineRose.Core.Tests.Crops;

public class RoseYieldTests
{
    private static GreenhouseYearResult DutchLitHouse(SupplementaryLighting lamps) =>
        GreenhouseYear.Simulate(GreenhouseSpec.StandardRose(lighting: lamps), SyntheticClimate.Year(ClimateNormals.Amsterdam));

    /// <summary>An unheated Yunnan-style plastic house: single film, no screen, frost protection at 2 °C, vents above 25 °C,
    /// no dehumidification, no lamps.</summary>
    private static GreenhouseYearResult YunnanPlasticHouse() =>
        GreenhouseYear.Simulate(
            GreenhouseSpec.Dakuishan(10_000) with
            {
                Cover = GreenhouseCover.SinglePlasticFilm,
                Screen = null,
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
        Assert.InRange(house.Summary.SunParMolM2, 5300, 5420);
        Assert.InRange(house.Summary.CanopyParMolM2, 7800, 8200);
        var y = RoseYield.LightUseEfficiency(house.Series.CanopyParUmolM2s, house.Series.InsideTemperatureC, 1, RoseCropSpec.ModernSoilless);
        // Published range for lit Dutch glasshouses: 275–322 stems/m²·yr [FACTS.md].
        Assert.InRange(y.StemsPerM2PerYear, 275, 322);
    }

    [Fact]
    public void An_unlit_Yunnan_style_plastic_house_yields_about_137_stems()
    {
        var house = YunnanPlasticHouse();
        // Stated light: Kunming 5,598 MJ/m²·yr (He et al. 2019) × 2.02 µmol/J × 0.72 PAR transmission ≈ 8,140 mol/m²·yr.
        Assert.InRange(house.Summary.CanopyParMolM2, 8000, 8300);
        var average = RoseYield.LightUseEfficiency(house.Series.CanopyParUmolM2s, house.Series.InsideTemperatureC, 1, RoseCropSpec.YunnanAverage);
        // Published: ≈137 stems/m²·yr in unlit Yunnan plastic houses [FACTS.md].
        Assert.InRange(average.StemsPerM2PerYear, 137 * 0.9, 137 * 1.1);
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
        // Daily stems by hand: s_max·F·f_T·DLI/(DLI + K) = 4.14 × 1 × 0.5 × 20/(20 + 80) = 0.414.
        Assert.Equal(0.414, RoseYield.DailyStems(20, 0.5, crop), 12);
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
