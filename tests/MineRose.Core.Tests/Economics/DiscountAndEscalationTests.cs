using MineRose.Core.Economics;

namespace MineRose.Core.Tests.Economics;

public class DiscountAndEscalationTests
{
    [Fact]
    public void Real_and_nominal_rates_convert_by_the_Fisher_relation()
    {
        // Fisher [171]: (1 + n) = (1 + r)(1 + i); 3 % real at 5 % inflation is 1.03 × 1.05 − 1 = 8.15 % nominal.
        var nominal = DiscountRate.Real(0.03).ToNominal(0.05);
        Assert.Equal(DiscountBasis.Nominal, nominal.Basis);
        Assert.Equal(0.0815, nominal.RatePerYear, 14);
        Assert.Equal(0.03, nominal.ToReal(0.05).RatePerYear, 14);
        // A rate already in the asked basis is returned unchanged.
        Assert.Same(nominal, nominal.ToNominal(0.05));
        // End-of-year discount factor 1/(1 + r)^t.
        Assert.Equal(1 / Math.Pow(1.0815, 7), nominal.Factor(7), 12);
    }

    [Fact]
    public void Operating_lines_escalate_from_year_one_and_capital_goods_from_year_zero()
    {
        var e = new Escalation { ElectricityPerYear = 0.02, CapitalGoodsPerYear = 0.01 };
        Assert.Equal(1.0, e.OperatingFactor(PriceIndex.Electricity, 1));
        Assert.Equal(1.02 * 1.02, e.OperatingFactor(PriceIndex.Electricity, 3), 15);
        Assert.Equal(1.0, e.OperatingFactor(PriceIndex.RosePrice, 3));
        Assert.Equal(1.01, e.CapitalFactor(1), 15);
    }

    [Fact]
    public void Cost_presets_carry_the_published_figures_and_flag_the_currency_conversion()
    {
        // FACTS "Grid, prices, costs" [170]: PV CNY 30 M / 11.3 MW ≈ 2.65/W; batteries 0.37–0.79/Wh (0.43 for 4 h);
        // water-source heat pumps 5,650/kW_th; greenhouses 180–1,000/m²; pumped hydro €470–2,170/kW.
        Assert.Equal(30e6 / 11_300, CostDefaults.PvDakuishan.CnyPerUnit, 5.0); // 2,654.9 rounded to 2,650
        Assert.Equal(370, CostDefaults.BatteryLow.CnyPerUnit);
        Assert.Equal(430, CostDefaults.BatteryFourHour.CnyPerUnit);
        Assert.Equal(790, CostDefaults.BatteryHigh.CnyPerUnit);
        Assert.Equal(5650, CostDefaults.WaterSourceHeatPump.CnyPerUnit);
        Assert.Equal(180, CostDefaults.PlasticGreenhouse.CnyPerUnit);
        Assert.Equal(1000, CostDefaults.GlassGreenhouse.CnyPerUnit);
        Assert.Equal(470 * 7.8, CostDefaults.PumpedHydroEuropeLow.CnyPerUnit, 9);
        Assert.True(CostDefaults.PumpedHydroEuropeHigh.IsUnverified);
        Assert.False(CostDefaults.PvDakuishan.IsUnverified);
        Assert.All(CostDefaults.All, c => Assert.Same(c, c.Validated()));
        Assert.Equal(9, CostDefaults.All.Count);
        // A component priced from a preset: 12 MW of heat pumps = CNY 67.8 M.
        Assert.Equal(67.8e6, ComponentCost.Of("Heat pumps", CostDefaults.WaterSourceHeatPump, 12_000, 20).CapexCny, 6);
    }
}
