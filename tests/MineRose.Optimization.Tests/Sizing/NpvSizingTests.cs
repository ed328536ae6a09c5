using FsCheck.Xunit;
using MineRose.Core;
using MineRose.Core.Crops;
using MineRose.Core.Economics;
using MineRose.Core.Greenhouse;
using MineRose.Core.Grid;
using MineRose.Core.Heat;
using MineRose.Core.Park;
using MineRose.Core.Time;
using MineRose.Core.Weather;
using MineRose.Optimization.Sizing;

namespace MineRose.Optimization.Tests.Sizing;

public class NpvSizingTests
{
    private const double Price = 0.5, OtherLoadKw = 10, HeatKwPerM2 = 0.05, Cop = 4, StemsPerM2 = 200, StemPrice = 1, Rate = 0.06;
    private const double GreenhouseCapex = 100, HeatPumpCapex = 1000, Area0 = 1000, AreaMax = 2000;
    private const int Life = 20;

    /// <summary>A year of identical hours: 1,000 m² of roses needing 0.05 kW/m² of heat all year from heat pumps of COP 4 (50 kW of heat,
    /// 12.5 kW of electricity), 10 kW of other load, imports at CNY 0.5/kWh, no PV, no export; 200 stems/m² sold at CNY 1; greenhouse
    /// CNY 100/m², heat pumps CNY 1,000/kW, both lasting the 20-year project, no O&amp;M, no crop inputs, no wages; 6 % real.</summary>
    private static ParkYear GreenhouseYear(bool withGreenhouse = true, double stemPrice = StemPrice, double greenhouseCapex = GreenhouseCapex)
    {
        var design = new ParkDesign
        {
            Name = "roses against their heating",
            Site = Site.Dakuishan,
            ProjectLifeYears = Life,
            Heat = new HeatPlant(new HeatPumpSpec { RatedHeatingKw = 50, RatedCoolingKw = 50 }, new MineWaterSource { MaxFlowM3h = 1000 }),
            Greenhouses = withGreenhouse ? new RoseHouses(GreenhouseSpec.Dakuishan(Area0), RoseCropSpec.ModernSoilless, HouseType.GlassHouse) : null,
            GridConnection = new GridConnection { ImportLimitKw = 1000, ExportLimitKw = 0 },
            Tariff = new ElectricityTariff { Import = new FlatTariff { EnergyPriceCnyPerKwh = Price }, UtcOffsetHours = 8 },
            Economics = new ParkEconomics
            {
                GreenhouseCapexCnyPerM2 = greenhouseCapex, GreenhouseLifetimeYears = Life, GreenhouseOmFractionPerYear = 0, CropInputsCnyPerM2Year = 0,
                HeatPumpCapexCnyPerKw = HeatPumpCapex, HeatPumpLifetimeYears = Life, EnergyOmFractionPerYear = 0,
                RoseGrades = new RoseGradeSplit([new RoseGrade("A", 1, stemPrice)]), DiscountRate = DiscountRate.Real(Rate),
            },
            People = new ParkPeople(EnergyOperationsWorkersPerMw: 0, AverageWageCnyPerYear: 0),
        };
        var ledger = new ParkLedger(TimeGrid.Hourly(new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc), 8760));
        double heatKw = withGreenhouse ? HeatKwPerM2 * Area0 : 0;
        for (int i = 0; i < 8760; i++)
        {
            ledger.HeatingDemandKw[i] = heatKw;
            ledger.HeatPumpHeatKw[i] = heatKw;
            ledger.HeatPumpElectricityKw[i] = heatKw / Cop;
            ledger.OtherLoadKw[i] = OtherLoadKw;
            ledger.GridImportKw[i] = OtherLoadKw + heatKw / Cop;
            ledger.ImportPriceCnyPerKwh[i] = Price;
        }

        var bill = design.Tariff.Bill(ledger.Grid, ledger.GridImportKw, ledger.GridExportKw);
        double stems = withGreenhouse ? StemsPerM2 * Area0 : 0;
        return new ParkYear(design, "hand-built", ledger, bill, bill, null, stems, 0, 0, 0, null, 0, 0, 0, []);
    }

    private static readonly SizingOptions Hand = new() { RepresentativeDays = 1, SizeGreenhouse = true, GreenhouseMaxM2 = AreaMax };

    /// <summary>Present worth of CNY 1 a year for 20 years at 6 %, (1 − 1.06⁻²⁰)/0.06 = 11.4699 [163].</summary>
    private static double AnnuityFactor => (1 - Math.Pow(1 + Rate, -Life)) / Rate;

    [Fact]
    public void Cost_builds_no_greenhouse_while_npv_builds_it_to_its_bound_when_roses_earn_more_than_it_costs()
    {
        var year = GreenhouseYear();

        var cost = CapacitySizing.MinimiseAnnualisedCost(year, Hand);
        var npv = CapacitySizing.MaximiseNpv(year, Hand);

        // Cost: the greenhouse only adds cost (capex, heat-pump capex, heating electricity), so none is built and only the other
        // 10 kW are bought: 10 × 8,760 × 0.5 = CNY 43,800 a year.
        Assert.Equal(0, cost.Capacities.GreenhouseAreaM2, 1e-6);
        Assert.Equal(0, cost.Capacities.HeatPumpKw, 1e-6);
        Assert.Equal(OtherLoadKw * 8760 * Price, cost.AnnualisedCostCny, 1e-3);
        Assert.Null(cost.SizedDesign.Greenhouses);
        // Its NPV, written out: the bill over 20 years, −43,800 × 11.4699.
        Assert.Equal(-OtherLoadKw * 8760 * Price * AnnuityFactor, cost.NpvCny, 1e-3);

        // NPV: per m², roses bring 200 × 1 × 11.4699 = 2,294.0 against 100 (house) + 0.05 kW × 1,000 (heat pump) + 0.0125 kW × 8,760 h ×
        // 0.5 × 11.4699 = 628.0 (electricity): +1,516.0 per m², so the area goes to its bound, 2,000 m², with 100 kW of heat pumps.
        Assert.Equal(AreaMax, npv.Capacities.GreenhouseAreaM2, 1e-6);
        Assert.Equal(HeatKwPerM2 * AreaMax, npv.Capacities.HeatPumpKw, 1e-6);
        double electricity = (OtherLoadKw + HeatKwPerM2 * AreaMax / Cop) * 8760 * Price;
        double expectedNpv = -electricity * AnnuityFactor - HeatPumpCapex * HeatKwPerM2 * AreaMax - GreenhouseCapex * AreaMax
            + StemsPerM2 * StemPrice * AreaMax * AnnuityFactor;
        Assert.Equal(expectedNpv, npv.NpvCny, 1e-6 * Math.Abs(expectedNpv));
        Assert.Equal(2_529_629.56, npv.NpvCny, 0.01); // the same, evaluated: −153,300 × 11.4699 − 100,000 − 200,000 + 400,000 × 11.4699
        // Its annual cost, written out: electricity + (house + heat pumps) × CRF(6 %, 20) = 153,300 + 300,000 × 0.087185.
        double crf = FinancialMetrics.CapitalRecoveryFactor(Rate, Life);
        Assert.Equal(electricity + (GreenhouseCapex * AreaMax + HeatPumpCapex * HeatKwPerM2 * AreaMax) * crf, npv.AnnualisedCostCny, 1e-6 * electricity);
        Assert.Equal(AreaMax, npv.SizedDesign.Greenhouses!.House.FloorAreaM2, 1e-6);
        Assert.Equal(SizingObjective.MaximiseNpv, npv.Objective);
        Assert.Empty(npv.Solve.Slack);
    }

    [Fact]
    public void The_npv_of_the_shipped_hand_design_equals_its_cash_flow_table()
    {
        var year = GreenhouseYear();

        var lp = CapacitySizing.AnnualisedCostOfDesign(year, Hand with { Objective = SizingObjective.MaximiseNpv });

        // The LP's linear NPV of the design as given equals ParkEvaluation's, which builds the cash-flow table line by line.
        Assert.Equal(ParkEvaluation.Evaluate(year).CashFlow.NpvCny, lp.NpvCny, 1e-6 * Math.Abs(lp.NpvCny));
        Assert.Equal(Area0, lp.Capacities.GreenhouseAreaM2);
    }

    [Fact]
    public void Sizing_the_greenhouse_of_a_park_without_one_is_refused_naming_the_option()
    {
        var ex = Assert.Throws<InvalidInputException>(() => CapacitySizing.MaximiseNpv(GreenhouseYear(withGreenhouse: false), Hand));
        Assert.Contains("size_greenhouse", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_greenhouse_bound_is_refused()
    {
        var ex = Assert.Throws<InvalidInputException>(() => Hand with { GreenhouseMaxM2 = -1 } is var o ? o.Validated() : null);
        Assert.Contains("greenhouse_max_m2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_greenhouse_bound_caps_the_area_and_the_design_keeps_its_own_area_when_not_sized()
    {
        var year = GreenhouseYear();

        var capped = CapacitySizing.MaximiseNpv(year, Hand with { GreenhouseMaxM2 = 1500 });
        var kept = CapacitySizing.MaximiseNpv(year, Hand with { SizeGreenhouse = false });

        Assert.Equal(1500, capped.Capacities.GreenhouseAreaM2, 1e-6);
        Assert.Equal(Area0, kept.Capacities.GreenhouseAreaM2);
        Assert.Equal(Area0, kept.SizedDesign.Greenhouses!.House.FloorAreaM2);
        // Not sized, the heat pumps still must carry the 50 kW (or pay the unserved-heat penalty).
        Assert.Equal(HeatKwPerM2 * Area0, kept.Capacities.HeatPumpKw, 1e-6);
    }

    [Property(MaxTest = 25)]
    public bool The_npv_optimum_is_never_below_the_npv_of_the_cost_optimum_nor_of_the_shipped_design(byte priceRaw, byte capexRaw)
    {
        // Stem prices CNY 0–2.55 and house capex CNY 0–2,550/m²: whatever the prices, the largest NPV over the feasible set is at
        // least the NPV (same linear model) of any feasible point: the cost optimum and the design as shipped.
        var year = GreenhouseYear(stemPrice: priceRaw / 100.0, greenhouseCapex: capexRaw * 10.0);
        var npv = CapacitySizing.MaximiseNpv(year, Hand);
        var cost = CapacitySizing.MinimiseAnnualisedCost(year, Hand);
        var shipped = CapacitySizing.AnnualisedCostOfDesign(year, Hand);
        double tolerance = 1e-6 * (1 + Math.Abs(npv.NpvCny));
        return npv.NpvCny >= cost.NpvCny - tolerance && npv.NpvCny >= shipped.NpvCny - tolerance
            && cost.AnnualisedCostCny <= npv.AnnualisedCostCny + 1e-6 * (1 + Math.Abs(cost.AnnualisedCostCny))
            && npv.Capacities.GreenhouseAreaM2 <= AreaMax + 1e-6;
    }
}
