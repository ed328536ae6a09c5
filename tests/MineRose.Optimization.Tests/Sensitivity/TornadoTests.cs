using MineRose.Core;
using MineRose.Core.Economics;
using MineRose.Core.Grid;
using MineRose.Core.Park;
using MineRose.Core.Pv;
using MineRose.Core.Time;
using MineRose.Core.Weather;
using MineRose.Optimization.Sensitivity;

namespace MineRose.Optimization.Tests.Sensitivity;

public class TornadoTests
{
    private const double ImportPrice = 0.6, ExportPrice = 0.4, Stems = 1_000_000, Rate = 0.06;
    private const int Life = 10;

    // Annuity factor of a 10-year life at 6 %: AF = (1 − 1.06^−10)/0.06 = 7.360087 (written out, end-of-year flows).
    private static readonly double AnnuityFactor = (1 - Math.Pow(1 + Rate, -Life)) / Rate;

    /// <summary>A 1 MWp PV park (CNY 10/kWp, 1 % O&amp;M, PV life = project life, so no replacement or residual value) that
    /// sells 1 M roses at CNY 0.82 and exports 500 kW for 8 h on each of two days; no staff, no escalation.</summary>
    private static ParkDesign Design() => new()
    {
        Name = "hand tornado park",
        Site = Site.Dakuishan,
        ProjectLifeYears = Life,
        PvPlants = [new PvPlant("field", new PvArraySpec { DcCapacityKw = 1000, AnnualDegradationPerYear = 0 })],
        GridConnection = new GridConnection { ImportLimitKw = 10_000, ExportLimitKw = 10_000 },
        Tariff = new ElectricityTariff
        {
            Import = new FlatTariff { EnergyPriceCnyPerKwh = ImportPrice },
            Export = Core.Grid.ExportPrice.Flat(ExportPrice),
            UtcOffsetHours = 8,
        },
        Economics = new ParkEconomics
        {
            PvCapexCnyPerKw = 10, EnergyOmFractionPerYear = 0.01, PvLifetimeYears = Life, DiscountRate = DiscountRate.Real(Rate),
        },
        People = new ParkPeople(EnergyOperationsWorkersPerMw: 0, OtherStaff: 0),
    };

    /// <summary>"Simulates" the hand park: the same ledger every time, billed with the design's tariff.</summary>
    private static ParkYear Year(ParkDesign design)
    {
        var ledger = new ParkLedger(TimeGrid.Hourly(new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc), 48));
        design.Tariff.FillImportPrices(ledger.Grid, ledger.ImportPriceCnyPerKwh);
        design.Tariff.FillExportPrices(ledger.Grid, ledger.ExportPriceCnyPerKwh);
        for (int i = 0; i < 48; i++)
        {
            double pv = i % 24 is >= 8 and < 16 ? 500 : 0;
            ledger.PvAcKw[i] = pv;
            ledger.GridExportKw[i] = pv;
        }

        var bill = design.Tariff.Bill(ledger.Grid, ledger.GridImportKw, ledger.GridExportKw);
        var baseline = design.Tariff.Bill(ledger.Grid, new double[48], new double[48]);
        return new ParkYear(design, "hand-built", ledger, bill, baseline, null, Stems, 0, 0, 0, null, 0, 0, 0, []);
    }

    private static TornadoResult Run(SensitivityOptions? options = null) => Tornado.OneAtATime(Year(Design()), Year, options);

    [Fact]
    public void Rose_price_swing_equals_revenue_times_annuity_factor_times_twice_the_change()
    {
        // NPV is linear in the rose price: ΔNPV = stems·price·2Δ·AF = 1e6 × 0.82 × 0.4 × 7.360087 = 2,414,108.5 CNY.
        var bar = Run().Bars.Single(b => b.Parameter == SensitivityParameter.RosePrice);
        Assert.Equal(Stems * 0.82 * 0.4 * AnnuityFactor, bar.NpvSwingCny, 1e-6);
        Assert.Equal(2_414_108.5, bar.NpvSwingCny, 0.5);
        // Year-1 operating profit moves by the revenue change itself: 1e6 × 0.82 × 0.4 = 328,000 CNY.
        Assert.Equal(328_000, bar.ProfitSwingCny, 1e-6);
        Assert.Equal(0.82 * 0.8, bar.LowValue, 12);
        Assert.Equal(0.82 * 1.2, bar.HighValue, 12);
        Assert.False(bar.Resimulated);
    }

    [FsCheck.Xunit.Property(MaxTest = 30)]
    public bool Rose_price_swing_is_linear_in_the_change_and_in_the_harvest(byte deltaPercent, ushort thousandStems)
    {
        // Any Δ in [1 %, 90 %] and any harvest: ΔNPV = stems × 0.82 × 2Δ × AF, the same identity as the worked case above.
        double delta = (1 + deltaPercent % 90) / 100.0;
        double stems = 1000.0 * (1 + thousandStems);
        var year = Year(Design()) with { RoseStems = stems };
        var bar = Tornado.OneAtATime(year, Year, new SensitivityOptions { RelativeChange = delta, Parameters = [SensitivityParameter.RosePrice] }).Bars.Single();
        double expected = stems * 0.82 * 2 * delta * AnnuityFactor;
        return Math.Abs(bar.NpvSwingCny - expected) <= 1e-9 * expected;
    }

    [Fact]
    public void Pv_capex_swing_equals_the_capex_and_its_discounted_om_times_twice_the_change()
    {
        // Capex C = 1000 kWp × CNY 10 = 10,000 in year 0, O&M 1 %·C a year for 10 years, no replacement or residual:
        // ΔNPV = 2Δ·(C + 0.01·C·AF) = 0.4 × (10,000 + 100 × 7.360087) = 4,294.40 CNY; profit (EBITDA) moves by the O&M only.
        var bar = Run().Bars.Single(b => b.Parameter == SensitivityParameter.PvCapex);
        Assert.Equal(0.4 * (10_000 + 100 * AnnuityFactor), bar.NpvSwingCny, 1e-6);
        Assert.True(bar.NpvHighCny < bar.NpvLowCny);
        Assert.Equal(0.4 * 100, bar.ProfitSwingCny, 1e-9);
    }

    [Fact]
    public void Export_price_is_resimulated_and_its_swing_is_the_export_revenue_times_the_annuity_factor()
    {
        // Exports 2 days × 8 h × 500 kW = 8,000 kWh at CNY 0.4 = 3,200 CNY a year: ΔNPV = 3,200 × 0.4 × AF = 9,420.91 CNY.
        var bar = Run().Bars.Single(b => b.Parameter == SensitivityParameter.ExportPrice);
        Assert.True(bar.Resimulated);
        Assert.Equal(3_200 * 0.4 * AnnuityFactor, bar.NpvSwingCny, 1e-6);
        Assert.Equal(ExportPrice, bar.BaseValue, 12);
    }

    [Fact]
    public void Bars_are_sorted_by_swing_with_the_hand_computed_order_of_the_three_largest()
    {
        var result = Run(new SensitivityOptions
        {
            Parameters = [SensitivityParameter.PvCapex, SensitivityParameter.LabourCost, SensitivityParameter.ExportPrice, SensitivityParameter.RosePrice],
        });

        // Rose 2.41 M > export 9.4 k > PV capex 4.3 k > labour 0 (no staff), from the three tests above.
        Assert.Equal(
            [SensitivityParameter.RosePrice, SensitivityParameter.ExportPrice, SensitivityParameter.PvCapex, SensitivityParameter.LabourCost],
            result.Bars.Select(b => b.Parameter));
        Assert.Equal(0, result.Bars[^1].NpvSwingCny);
        var baseResult = ParkEvaluation.Evaluate(Year(Design()));
        Assert.Equal(baseResult.CashFlow.NpvCny, result.BaseNpvCny, 1e-6);
        Assert.All(result.Bars, b => Assert.InRange(result.BaseNpvCny, Math.Min(b.NpvLowCny, b.NpvHighCny) - 1e-6, Math.Max(b.NpvLowCny, b.NpvHighCny) + 1e-6));
    }

    [Fact]
    public void An_unpriced_carbon_case_runs_from_zero_to_the_reference_price()
    {
        var bar = Run(new SensitivityOptions { Parameters = [SensitivityParameter.CarbonPrice] }).Bars.Single();
        Assert.Equal(0, bar.LowValue);
        Assert.Equal(96, bar.HighValue);
        // Carbon revenue = net avoided CO₂ × price: exports of 8 MWh avoid 8 × f t at the design's grid factor f.
        double f = Design().Carbon.GridFactor.TonnesCo2PerMwh;
        Assert.Equal(8 * f * 96 * AnnuityFactor, bar.NpvSwingCny, 1e-6);
    }

    [Fact]
    public void Import_price_scaling_multiplies_energy_price_and_surcharges_and_keeps_the_periods()
    {
        var tou = ShandongTimeOfUse.Tariff2025(ShandongPrices.CoalBenchmarkCnyPerKwh, [new Surcharge("fund", 0.03)]);
        var scaled = ScaledEnergyTariff.Of(tou, 1.2);
        var grid = TimeGrid.Hourly(new DateTime(2025, 4, 1, 0, 0, 0, DateTimeKind.Utc), 48);
        double[] a = new double[48], b = new double[48];
        TariffPeriod[] pa = new TariffPeriod[48], pb = new TariffPeriod[48];
        tou.FillImportPrices(grid, 8, a);
        scaled.FillImportPrices(grid, 8, b);
        tou.FillPeriods(grid, 8, pa);
        scaled.FillPeriods(grid, 8, pb);
        for (int i = 0; i < 48; i++)
            Assert.Equal(1.2 * a[i], b[i], 12);
        Assert.Equal(pa, pb);
    }

    [Fact]
    public void A_bad_change_is_refused_with_the_field_named()
    {
        var ex = Assert.Throws<InvalidInputException>(() => Run(new SensitivityOptions { RelativeChange = 1.5 }));
        Assert.Contains("relative_change", ex.Message, StringComparison.Ordinal);
    }
}
