using MineRose.Core.Grid;
using MineRose.Core.Time;

namespace MineRose.Core.Tests.Grid;

public class ElectricityBillTests
{
    // Illustrative rates (not a published Shandong tariff): flat energy 0.40 CNY/kWh, two surcharges, a demand
    // charge of 38 CNY/(kW·month), exports at the 2025 PV mechanism price 0.225 [144].
    private static readonly ElectricityTariff TwoPart = new()
    {
        Name = "Shandong TOU, illustrative",
        Import = ShandongTimeOfUse.Tariff2025(0.40, [new Surcharge("transmission and distribution", 0.15), new Surcharge("government funds", 0.03)]),
        Export = ExportPrice.ShandongPvMechanism2025,
        Demand = new DemandCharge { CnyPerKwMonth = 38.0 },
        UtcOffsetHours = 8.0,
    };

    // 10–11 April 2025, local midnight to midnight (China Standard Time, UTC+8).
    private static readonly TimeGrid TwoAprilDays = TimeGrid.Hourly(new DateTime(2025, 4, 9, 16, 0, 0, DateTimeKind.Utc), 48);

    [Fact]
    public void A_two_day_bill_matches_one_computed_by_hand()
    {
        // Load profile: 100 kW of import every hour; day 1 at 11–13 h PV covers the load and exports 50 kW;
        // day 2 at 11–13 h the park imports 200 kW (storage charging in the deep valley) and at 18 h 300 kW.
        var importKw = new double[48];
        var exportKw = new double[48];
        for (int h = 0; h < 48; h++)
        {
            int hour = h % 24;
            importKw[h] = 100.0;
            if (h < 24 && hour is >= 11 and <= 13)
            {
                importKw[h] = 0.0;
                exportKw[h] = 50.0;
            }
            else if (h >= 24 && hour is >= 11 and <= 13)
            {
                importKw[h] = 200.0;
            }
        }

        importKw[24 + 18] = 300.0;
        var bill = TwoPart.Bill(TwoAprilDays, importKw, exportKw);

        // By hand. April periods: flat 0,1,6,9,15,21,22,23 (8 h); valley 2–5,10,14 (6 h); deep valley 11–13 (3 h);
        // peak 7,8,16–20 (7 h). Day 1: F 800, V 600, D 0, P 700 kWh. Day 2: F 800, V 600, D 600, P 600 + 300 = 900.
        Assert.Equal(1600.0, bill.ImportKwhByPeriod.Flat, 9);
        Assert.Equal(1200.0, bill.ImportKwhByPeriod.Valley, 9);
        Assert.Equal(600.0, bill.ImportKwhByPeriod.DeepValley, 9);
        Assert.Equal(1600.0, bill.ImportKwhByPeriod.Peak, 9);
        Assert.Equal(0.0, bill.ImportKwhByPeriod.CriticalPeak);
        Assert.Equal(5000.0, bill.ImportKwh, 9);

        // Energy: F 1600 × 0.40 = 640; V 1200 × 0.12 = 144; D 600 × 0.04 = 24; P 1600 × 0.68 = 1088; total 1896.
        Assert.Equal(640.0, bill.EnergyCostCnyByPeriod.Flat, 9);
        Assert.Equal(144.0, bill.EnergyCostCnyByPeriod.Valley, 9);
        Assert.Equal(24.0, bill.EnergyCostCnyByPeriod.DeepValley, 9);
        Assert.Equal(1088.0, bill.EnergyCostCnyByPeriod.Peak, 9);
        Assert.Equal(1896.0, bill.EnergyCostCny, 9);

        // Surcharges, unscaled: 5000 × 0.15 = 750 and 5000 × 0.03 = 150.
        Assert.Equal(["transmission and distribution", "government funds"], bill.Surcharges.Select(s => s.Name));
        Assert.Equal(750.0, bill.Surcharges[0].CostCny, 9);
        Assert.Equal(150.0, bill.Surcharges[1].CostCny, 9);
        Assert.Equal(900.0, bill.SurchargeCostCny, 9);

        // Demand: peak 300 kW; 48 h of April's 720 h; 38 × 300 × 48/720 = 760.
        var april = Assert.Single(bill.Months);
        Assert.Equal((2025, 4), (april.Year, april.Month));
        Assert.Equal(48.0 / 720.0, april.MonthFraction, 12);
        Assert.Equal(300.0, april.PeakImportKw);
        Assert.Equal(760.0, bill.DemandChargeCny, 9);
        Assert.Equal(0.0, bill.CapacityChargeCny);

        // Export: 3 h × 50 kW = 150 kWh × 0.225 = 33.75. Net = 1896 + 900 + 760 − 33.75 = 3522.25.
        Assert.Equal(150.0, bill.ExportKwh, 9);
        Assert.Equal(33.75, bill.ExportRevenueCny, 9);
        Assert.Equal(3556.0, bill.ImportCostCny, 9);
        Assert.Equal(3522.25, bill.NetCostCny, 9);
    }

    [Fact]
    public void A_summer_bill_charges_the_critical_peak_at_twice_the_flat_energy_price()
    {
        // One July day, 10 kW flat load: CP 3 h × 10 × 0.80 = 24; P 4 h × 10 × 0.68 = 27.2; F 8 h × 10 × 0.40 = 32;
        // V 9 h × 10 × 0.12 = 10.8; total energy 94.0 CNY.
        var grid = TimeGrid.Hourly(new DateTime(2025, 7, 14, 16, 0, 0, DateTimeKind.Utc), 24);
        var bill = TwoPart.Bill(grid, Enumerable.Repeat(10.0, 24).ToArray(), new double[24]);
        Assert.Equal(24.0, bill.EnergyCostCnyByPeriod.CriticalPeak, 9);
        Assert.Equal(27.2, bill.EnergyCostCnyByPeriod.Peak, 9);
        Assert.Equal(32.0, bill.EnergyCostCnyByPeriod.Flat, 9);
        Assert.Equal(10.8, bill.EnergyCostCnyByPeriod.Valley, 9);
        Assert.Equal(94.0, bill.EnergyCostCny, 9);
    }

    [Fact]
    public void Demand_charges_are_per_local_month_and_pro_rata()
    {
        // 31 Jan 12:00 to 1 Feb 12:00 local: 12 h of January (744 h) at 80 kW peak, 12 h of February (672 h) at 120 kW.
        var grid = TimeGrid.Hourly(new DateTime(2025, 1, 31, 4, 0, 0, DateTimeKind.Utc), 24);
        var importKw = new double[24];
        for (int h = 0; h < 24; h++)
            importKw[h] = h < 12 ? 40.0 + h * 40.0 / 11.0 : 120.0 - (h - 12);
        var tariff = TwoPart with { Capacity = new CapacityCharge { CnyPerKvaMonth = 20.0, ContractedKva = 630.0 } };
        var bill = tariff.Bill(grid, importKw, new double[24]);
        Assert.Equal(2, bill.Months.Count);
        var (jan, feb) = (bill.Months[0], bill.Months[1]);
        Assert.Equal((2025, 1, 80.0), (jan.Year, jan.Month, jan.PeakImportKw));
        Assert.Equal((2025, 2, 120.0), (feb.Year, feb.Month, feb.PeakImportKw));
        // By hand: 38 × 80 × 12/744 = 49.0323; 38 × 120 × 12/672 = 81.4286; capacity 20 × 630 × (12/744 + 12/672) = 428.226.
        Assert.Equal(38.0 * 80.0 * 12.0 / 744.0, jan.DemandChargeCny, 9);
        Assert.Equal(38.0 * 120.0 * 12.0 / 672.0, feb.DemandChargeCny, 9);
        Assert.Equal(130.4608, bill.DemandChargeCny, 4);
        Assert.Equal(428.2258, bill.CapacityChargeCny, 4);
    }

    [Fact]
    public void A_local_calendar_year_pays_twelve_whole_months_of_capacity()
    {
        // 2025 in China Standard Time: 8760 h from 31 Dec 2024 16:00 UTC. 630 kVA × 20 CNY/(kVA·month) × 12 = 151,200.
        var grid = TimeGrid.Hourly(new DateTime(2024, 12, 31, 16, 0, 0, DateTimeKind.Utc), 8760);
        var tariff = new ElectricityTariff
        {
            Import = new FlatTariff { EnergyPriceCnyPerKwh = 0.6 },
            Capacity = new CapacityCharge { CnyPerKvaMonth = 20.0, ContractedKva = 630.0 },
            UtcOffsetHours = 8.0,
        };
        var bill = tariff.Bill(grid, new double[8760], new double[8760]);
        Assert.Equal(12, bill.Months.Count);
        Assert.All(bill.Months, m => Assert.Equal(1.0, m.MonthFraction, 12));
        Assert.Equal(151_200.0, bill.CapacityChargeCny, 6);
    }

    [Fact]
    public void A_UTC_year_spills_eight_hours_into_the_next_local_January()
    {
        var grid = TimeGrid.Hourly(new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc), 8760);
        var tariff = new ElectricityTariff
        {
            Import = new FlatTariff { EnergyPriceCnyPerKwh = 0.6 },
            Capacity = new CapacityCharge { CnyPerKvaMonth = 20.0, ContractedKva = 630.0 },
            UtcOffsetHours = 8.0,
        };
        var bill = tariff.Bill(grid, new double[8760], new double[8760]);
        Assert.Equal(13, bill.Months.Count);
        Assert.Equal(736.0 / 744.0, bill.Months[0].MonthFraction, 12);
        Assert.Equal((2026, 1), (bill.Months[12].Year, bill.Months[12].Month));
        Assert.Equal(8.0 / 744.0, bill.Months[12].MonthFraction, 12);
        // The fractions still add up to twelve months: 8760 h = 12 × the average month only if every month is whole,
        // so check against the hours instead: Σ f_m · hours(m) = 8760.
        double hours = bill.Months.Sum(m => m.MonthFraction * DateTime.DaysInMonth(m.Year, m.Month) * 24.0);
        Assert.Equal(8760.0, hours, 9);
    }

    [Fact]
    public void A_spot_price_series_may_be_negative_and_is_read_at_the_hour_containing_each_quarter()
    {
        // Hourly spot prices for 2 h: +0.30, then −0.05 CNY/kWh; surcharge 0.10. A quarter-hour grid over those 2 h.
        var priceGrid = TimeGrid.Hourly(new DateTime(2025, 4, 10, 2, 0, 0, DateTimeKind.Utc), 2);
        var tariff = new ElectricityTariff
        {
            Import = new HourlyPriceTariff(priceGrid, [0.30, -0.05]) { Surcharges = [new Surcharge("T&D", 0.10)] },
            Export = ExportPrice.Series(priceGrid, [0.25, -0.08], "spot"),
            UtcOffsetHours = 8.0,
        };
        var grid = new TimeGrid(priceGrid.StartUtc, TimeSpan.FromMinutes(15), 8);
        var series = tariff.On(grid);
        Assert.Equal([0.40, 0.40, 0.40, 0.40, 0.05, 0.05, 0.05, 0.05], series.ImportPriceCnyPerKwh.ToArray().Select(p => Math.Round(p, 12)));
        Assert.All(series.Periods.ToArray(), p => Assert.Equal(TariffPeriod.Flat, p));

        // 10 kW import all along (10 kWh per hour), 5 kW export in the second hour (5 kWh).
        var exportKw = new double[] { 0, 0, 0, 0, 5, 5, 5, 5 };
        var bill = series.Bill(Enumerable.Repeat(10.0, 8).ToArray(), exportKw);
        // By hand: energy 10 × 0.30 + 10 × (−0.05) = 2.5; surcharge 20 × 0.10 = 2.0; export 5 × (−0.08) = −0.4.
        Assert.Equal(20.0, bill.ImportKwh, 12);
        Assert.Equal(2.5, bill.EnergyCostCny, 12);
        Assert.Equal(2.0, bill.SurchargeCostCny, 12);
        Assert.Equal(-0.4, bill.ExportRevenueCny, 12);
        Assert.Equal(4.9, bill.NetCostCny, 12);
    }

    [Fact]
    public void A_price_series_that_does_not_cover_the_simulation_is_refused()
    {
        var priceGrid = TimeGrid.Hourly(new DateTime(2025, 4, 10, 0, 0, 0, DateTimeKind.Utc), 24);
        var tariff = new ElectricityTariff { Import = new HourlyPriceTariff(priceGrid, new double[24]), UtcOffsetHours = 8.0 };
        var ex = Assert.Throws<InvalidInputException>(() => tariff.On(TimeGrid.Hourly(priceGrid.StartUtc, 25)));
        Assert.Equal("HourlyPriceTariff price series period", ex.Field);
        var half = new TimeGrid(priceGrid.StartUtc.AddMinutes(30), TimeSpan.FromHours(1), 2);
        ex = Assert.Throws<InvalidInputException>(() => tariff.On(half));
        Assert.Equal("HourlyPriceTariff price series start", ex.Field);
    }

    [Fact]
    public void The_filled_import_prices_are_the_energy_prices_plus_the_surcharges()
    {
        var grid = TimeGrid.Hourly(new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc), 8760);
        var import = new double[8760];
        TwoPart.FillImportPrices(grid, import);
        var series = TwoPart.On(grid);
        Assert.Equal(import, series.ImportPriceCnyPerKwh.ToArray());
        for (int i = 0; i < 8760; i++)
            Assert.Equal(series.EnergyPriceCnyPerKwh[i] + 0.18, import[i], 12);
        var export = new double[8760];
        TwoPart.FillExportPrices(grid, export);
        Assert.All(export, p => Assert.Equal(0.225, p));
    }

    [Fact]
    public void A_flat_tariff_labels_every_interval_flat_and_charges_one_price()
    {
        var grid = TimeGrid.Hourly(new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc), 24);
        var tariff = new ElectricityTariff { Import = new FlatTariff { EnergyPriceCnyPerKwh = 0.65 }, UtcOffsetHours = 8.0 };
        var bill = tariff.Bill(grid, Enumerable.Repeat(2.0, 24).ToArray(), new double[24]);
        // 48 kWh × 0.65 = 31.2, all in the flat period.
        Assert.Equal(48.0, bill.ImportKwhByPeriod.Flat, 12);
        Assert.Equal(31.2, bill.EnergyCostCny, 12);
        Assert.Empty(bill.Months);
    }

    [Theory]
    [InlineData(-1.0, 0.0, "importKw[5]")]
    [InlineData(double.NaN, 0.0, "importKw[5]")]
    [InlineData(0.0, double.PositiveInfinity, "exportKw[5]")]
    public void A_bad_power_is_refused_naming_the_series_and_the_interval(double imp, double exp, string field)
    {
        var importKw = new double[48];
        var exportKw = new double[48];
        importKw[5] = imp;
        exportKw[5] = exp;
        var ex = Assert.Throws<InvalidInputException>(() => TwoPart.Bill(TwoAprilDays, importKw, exportKw));
        Assert.Equal(field, ex.Field);
    }

    [Fact]
    public void Series_of_the_wrong_length_are_refused()
    {
        var ex = Assert.Throws<InvalidInputException>(() => TwoPart.Bill(TwoAprilDays, new double[47], new double[48]));
        Assert.Equal("importKw length", ex.Field);
    }

    [Fact]
    public void Bad_tariff_parts_are_refused_naming_the_field()
    {
        Assert.Equal("TimeOfUseTariff.FlatEnergyPriceCnyPerKwh", Assert.Throws<InvalidInputException>(() => ShandongTimeOfUse.Tariff2025(-0.1, [])).Field);
        Assert.Equal("DemandCharge.CnyPerKwMonth", Assert.Throws<InvalidInputException>(() => (TwoPart with { Demand = new DemandCharge { CnyPerKwMonth = -1 } }).Validated()).Field);
        Assert.Equal("ElectricityTariff.UtcOffsetHours", Assert.Throws<InvalidInputException>(() => (TwoPart with { UtcOffsetHours = 15 }).Validated()).Field);
        Assert.Equal("Surcharge.CnyPerKwh (x)", Assert.Throws<InvalidInputException>(() => new FlatTariff { EnergyPriceCnyPerKwh = 0.5, Surcharges = [new Surcharge("x", double.NaN)] }.Validated()).Field);
        var multipliers = ShandongTimeOfUse.Multipliers2025 with { Valley = -0.3 };
        var tou = ShandongTimeOfUse.Tariff2025(0.4, []) with { Multipliers = multipliers };
        Assert.Equal("TimeOfUseTariff.Multipliers.Valley", Assert.Throws<InvalidInputException>(() => tou.Validated()).Field);
    }
}
