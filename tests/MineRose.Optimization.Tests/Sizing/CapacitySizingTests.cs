using MineRose.Core.Economics;
using MineRose.Core.Grid;
using MineRose.Core.Park;
using MineRose.Core.Pv;
using MineRose.Core.Time;
using MineRose.Core.Weather;
using MineRose.Optimization.Sizing;

namespace MineRose.Optimization.Tests.Sizing;

public class CapacitySizingTests
{
    private const double ImportPrice = 0.6, LoadKw = 100, Rate = 0.06;
    private const int PvLife = 25;

    /// <summary>A year of identical days: 100 kW of load all day; PV gives 0.5 kW/kWp for 6 h and 0.25 kW/kWp for the next 6 h;
    /// imports at CNY 0.6/kWh, no export allowed; PV capex set so that its annualised cost is <paramref name="annualCnyPerKwp"/>.</summary>
    private static ParkYear PvAgainstGridYear(double annualCnyPerKwp)
    {
        double capex = annualCnyPerKwp / FinancialMetrics.CapitalRecoveryFactor(Rate, PvLife);
        var design = new ParkDesign
        {
            Name = "PV against the grid",
            Site = Site.Dakuishan,
            PvPlants = [new PvPlant("field", new PvArraySpec { DcCapacityKw = 100 })],
            GridConnection = new GridConnection { ImportLimitKw = 1000, ExportLimitKw = 0 },
            Tariff = new ElectricityTariff { Import = new FlatTariff { EnergyPriceCnyPerKwh = ImportPrice }, UtcOffsetHours = 8 },
            Economics = new ParkEconomics
            {
                PvCapexCnyPerKw = capex, PvLifetimeYears = PvLife, EnergyOmFractionPerYear = 0, DiscountRate = DiscountRate.Real(Rate),
            },
        };
        var ledger = new ParkLedger(TimeGrid.Hourly(new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc), 8760));
        for (int i = 0; i < 8760; i++)
        {
            int h = i % 24;
            ledger.PvAcKw[i] = 100 * (h is >= 0 and < 6 ? 0.5 : h is >= 6 and < 12 ? 0.25 : 0);
            ledger.OtherLoadKw[i] = LoadKw;
            ledger.ImportPriceCnyPerKwh[i] = ImportPrice;
        }

        var bill = design.Tariff.Bill(ledger.Grid, ledger.GridImportKw, ledger.GridExportKw);
        return new ParkYear(design, "hand-built", ledger, bill, bill, null, 0, 0, 0, 0, null, 0, 0, 0, []);
    }

    private static readonly SizingOptions PvOnly = new() { RepresentativeDays = 1, PvLandAvailableM2 = 1e9, BatteryMaxKwh = 0, BatteryMaxKw = 0 };

    [Theory]
    // Worked by hand. A kWp below 200 kWp displaces imports in all 12 sunny hours: (0.5 × 6 + 0.25 × 6) kWh × 365 × 0.6
    // = CNY 985.5 a year; between 200 and 400 kWp only the 0.25-kW/kWp hours still meet unmet load: 0.25 × 6 × 365 × 0.6
    // = CNY 328.5; above 400 kWp nothing (no export). PV is built while its annualised cost is below that marginal value.
    [InlineData(1000.0, 0.0)]  // dearer than 985.5: no PV
    [InlineData(600.0, 200.0)] // between 328.5 and 985.5: up to the first breakpoint, 0.5 kW/kWp × 200 kWp = 100 kW load
    [InlineData(150.0, 400.0)] // cheaper than 328.5: up to the second, 0.25 × 400 = 100 kW
    public void Pv_is_built_while_its_annualised_cost_is_below_the_import_price_it_displaces(double annualCnyPerKwp, double expectedKw)
    {
        var result = CapacitySizing.MinimiseAnnualisedCost(PvAgainstGridYear(annualCnyPerKwp), PvOnly);

        Assert.Equal(expectedKw, result.Capacities.PvKw, 1e-3);
        // Annualised cost written out: PV capital + the imports left, 365 × 0.6 × (2,400 kWh of load − PV used each day).
        double pvUsedPerDay = Math.Min(expectedKw * 0.5, LoadKw) * 6 + Math.Min(expectedKw * 0.25, LoadKw) * 6;
        double expected = annualCnyPerKwp * expectedKw + 365 * ImportPrice * (24 * LoadKw - pvUsedPerDay);
        Assert.Equal(expected, result.AnnualisedCostCny, 1e-6 * expected);
        Assert.Equal(annualCnyPerKwp * expectedKw, result.CapitalAndFixedCny, 1e-6 * expected);
        Assert.Equal("OPTIMAL", result.Solve.Status);
        Assert.Empty(result.Solve.Slack);
    }

    [Fact]
    public void The_full_year_gives_the_same_answer_as_one_representative_day_when_every_day_is_the_same()
    {
        var year = PvAgainstGridYear(600);
        var days = CapacitySizing.MinimiseAnnualisedCost(year, PvOnly);
        var full = CapacitySizing.MinimiseAnnualisedCost(year, PvOnly with { FullYear = true });

        Assert.Null(full.Days);
        Assert.Equal(full.Capacities.PvKw, days.Capacities.PvKw, 1e-3);
        Assert.Equal(full.AnnualisedCostCny, days.AnnualisedCostCny, 1e-6 * full.AnnualisedCostCny);
    }

    [Fact]
    public void Land_bounds_the_pv()
    {
        var year = PvAgainstGridYear(150);
        double m2PerKwp = ParkLand.Of(year.Design).PvM2 / 100;
        var result = CapacitySizing.MinimiseAnnualisedCost(year, PvOnly with { PvLandAvailableM2 = 250 * m2PerKwp });
        Assert.Equal(250, result.Capacities.PvKw, 1e-3);
        Assert.Equal(250, result.SizedDesign.PvCapacityKw, 1e-3);
    }
}
