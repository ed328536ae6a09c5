using MineRose.Core.Crops;

namespace MineRose.Core.Tests.Crops;

public class CropEconomicsTests
{
    [Fact]
    public void Grade_shares_must_sum_to_one_and_revenue_is_stems_times_mean_price()
    {
        var split = new RoseGradeSplit([new RoseGrade("A", 0.3, 1.5), new RoseGrade("B", 0.5, 0.8), new RoseGrade("C", 0.2, 0.3)]);
        // Mean price by hand: 0.3 × 1.5 + 0.5 × 0.8 + 0.2 × 0.3 = 0.91 CNY/stem.
        Assert.Equal(0.91, split.MeanPriceCnyPerStem, 12);
        Assert.Equal(910_000, split.RevenueCny(1_000_000), 6);
        Assert.Equal([300_000, 500_000, 200_000], split.StemsByGrade(1_000_000));
        var ex = Assert.Throws<InvalidInputException>(() => new RoseGradeSplit([new RoseGrade("A", 0.5, 1), new RoseGrade("B", 0.4, 1)]));
        Assert.Equal("sum of rose grade shares", ex.Field);
        Assert.Equal(0.82, RoseGradeSplit.DounanAverage2024.MeanPriceCnyPerStem); // Kunming Dounan 2024 [FACTS.md]
    }

    [Fact]
    public void Outdoor_flowers_grow_by_Monteith_radiation_use_efficiency()
    {
        // 10 h of 500 W/m² at 20 °C = 18 MJ/m²; dry matter 1.4 g/MJ × 0.6 × 18 = 15.12 g/m²; stems 15.12 × 0.5 / 10 g = 0.756.
        var g = Enumerable.Repeat(500.0, 10).ToArray();
        var t = Enumerable.Repeat(20.0, 10).ToArray();
        var y = OutdoorFlowerYield.RadiationUseEfficiency(g, t, 1, OutdoorFlowerSpec.GenericCutFlower);
        Assert.Equal(18, y.GlobalRadiationMjM2, 12);
        Assert.Equal(15.12, y.DryMatterGM2, 12);
        Assert.Equal(0.756, y.StemsPerM2, 12);
        // Under PV rows with half the light: half the yield; in the cold (below 5 °C): none.
        var shaded = OutdoorFlowerYield.RadiationUseEfficiency(g.Select(v => v / 2).ToArray(), t, 1, OutdoorFlowerSpec.GenericCutFlower);
        Assert.Equal(y.StemsPerM2 / 2, shaded.StemsPerM2, 12);
        var cold = OutdoorFlowerYield.RadiationUseEfficiency(g, Enumerable.Repeat(4.0, 10).ToArray(), 1, OutdoorFlowerSpec.GenericCutFlower);
        Assert.Equal(0, cold.StemsPerM2);
    }

    [Fact]
    public void Makkink_reference_evapotranspiration_matches_a_hand_calculation()
    {
        // A Dutch summer day: 20 MJ/m² at 17 °C. By hand with the FAO-56 slope Δ = 4098·e°/(T + 237.3)² (eq. 13):
        // e°(17) = 0.6108·exp(17.27·17/254.3) = 1.9380 kPa, Δ = 0.12282 kPa/K; γ = 0.0673 kPa/K (1005 × 101.325 / (0.622 × 2450));
        // ET = 0.65 × Δ/(Δ + γ) × 20 / 2.45 = 3.43 mm (KNMI's Makkink summer values are 3–4 mm/d).
        var es = 0.6108 * Math.Exp(17.27 * 17 / (17 + 237.3));
        var slope = 4098 * es / Math.Pow(17 + 237.3, 2);
        var gamma = 1005 * 101.325 / (0.622 * 2.45e6);
        var expected = 0.65 * slope / (slope + gamma) * 20 / 2.45;
        var daily = ReferenceEvapotranspiration.MakkinkMmH(20e6 / 86400, 17) * 24;
        Assert.Equal(expected, daily, 0.01 * expected);
    }

    [Fact]
    public void Drip_irrigation_water_follows_transpiration_and_the_drain()
    {
        // 800 kg/m² transpired on 13,000 m² with 25 % drain: 800 × 13,000 / 1000 / 0.75 = 13,866.7 m³.
        Assert.Equal(13_866.666666, Irrigation.GreenhouseDripM3(800, 13_000, 0.25), 5);
        var g = Enumerable.Repeat(300.0, 100).ToArray();
        var t = Enumerable.Repeat(20.0, 100).ToArray();
        var et = ReferenceEvapotranspiration.MakkinkMmH(300, 20) * 100;
        // (K_c·ET − rain) × A / 1000 / η, and nothing when rain covers the demand.
        Assert.Equal((0.9 * et - 5) * 10_000 / 1000 / 0.9, Irrigation.OutdoorDripM3(g, t, 1, 10_000, 0.9, 5), 9);
        Assert.Equal(0, Irrigation.OutdoorDripM3(g, t, 1, 10_000, 0.9, 1000));
        var ex = Assert.Throws<InvalidInputException>(() => Irrigation.GreenhouseDripM3(800, 13_000, 1));
        Assert.Equal("drain fraction", ex.Field);
    }

    [Fact]
    public void Jobs_of_a_rose_glasshouse_fall_in_the_published_band()
    {
        // 1 ha of glass at 300 stems/m²: 12 crop-care jobs + 3,000,000 × 8 s / 3600 / 2200 h = 3.03 harvest jobs = 15.03 /ha,
        // inside the 15–37 workers/ha reported for greenhouse roses [FACTS.md].
        var glass = Labour.Jobs(10_000, 3_000_000, LabourSpec.For(HouseType.GlassHouse));
        Assert.Equal(12, glass.CropCareJobs, 12);
        Assert.Equal(3_000_000 * 8 / 3600.0 / 2200, glass.HarvestJobs, 12);
        Assert.InRange(glass.TotalJobs, 15, 37);
        var plastic = Labour.Jobs(10_000, 1_370_000, LabourSpec.For(HouseType.PlasticHouse));
        Assert.InRange(plastic.TotalJobs, 15, 37);
    }
}
