using MineRose.Core.Carbon;

namespace MineRose.Core.Tests.Carbon;

public class CarbonAccountTests
{
    // FACTS "The Dakuishan park as published" [140], [150]: 11.3 MW × ≈1,150 kWh/kWp ≈ 13 GWh a year.
    private const double PhaseTwoPvMwh = 11.3 * 1150.0; // 12,995 MWh

    [Fact]
    public void Thirteen_GWh_at_the_2022_national_factor_is_about_7000_t()
    {
        // FACTS "Consistency of the published claims": 13 GWh × 0.5366 ≈ 7,000 t. Independent: 12,995 × 0.5366 = 6,973.1 t.
        var balance = CarbonAccount.Of(new CarbonFlows { PvUsedOnSiteMwh = 0.0, ExportMwh = PhaseTwoPvMwh, ImportMwh = 0.0 }, EmissionFactors.National2022);
        Assert.Equal(6973.117, balance.Exports.TonnesCo2, 3);
        Assert.InRange(balance.NetAvoidedTonnesCo2, 6900.0, 7100.0);
    }

    [Fact]
    public void Thirteen_GWh_at_the_2022_Shandong_factor_is_about_8300_t()
    {
        // FACTS: × 0.6410 (Shandong 2022) ≈ 8,300 t. Independent: 12,995 × 0.6410 = 8,329.8 t.
        var balance = CarbonAccount.Of(new CarbonFlows { PvUsedOnSiteMwh = PhaseTwoPvMwh, ExportMwh = 0.0, ImportMwh = 0.0 }, EmissionFactors.Shandong2022);
        Assert.Equal(8329.795, balance.PvUsedOnSite.TonnesCo2, 3);
        Assert.InRange(balance.NetAvoidedTonnesCo2, 8250.0, 8350.0);
    }

    [Fact]
    public void The_claimed_9400_t_fits_13point9_MW_at_the_national_factor_without_green_power()
    {
        // FACTS: "Reaching 9,400 t needs 13.9 MW of PV". The arithmetic closes with the 2022 national factor that
        // excludes traded green power: 13.9 MW × 1,150 = 15,985 MWh × 0.5856 = 9,360.8 t (within 0.5 % of 9,400).
        var balance = CarbonAccount.Of(new CarbonFlows { PvUsedOnSiteMwh = 13.9 * 1150.0, ExportMwh = 0.0, ImportMwh = 0.0 }, EmissionFactors.NationalExcludingGreenPower2022);
        Assert.Equal(9360.816, balance.NetAvoidedTonnesCo2, 3);
        Assert.InRange(balance.NetAvoidedTonnesCo2 / 9400.0, 0.995, 1.005);
    }

    [Fact]
    public void Heat_pump_heat_against_a_coal_boiler_matches_a_calculation_by_hand()
    {
        // By hand: coal boiler 0.34 t/MWh_fuel ÷ 0.80 = 0.425 t/MWh_heat; 1,000 MWh of heat → 425 t.
        // Heat pumps at COP 4 use 250 MWh → 250 × 0.6410 = 160.25 t. Avoided: 425 − 160.25 = 264.75 t.
        var flows = new CarbonFlows { PvUsedOnSiteMwh = 0.0, ExportMwh = 0.0, ImportMwh = 250.0, HeatPumpHeatMwh = 1000.0, HeatPumpElectricityMwh = 250.0 };
        var balance = CarbonAccount.Of(flows, EmissionFactors.Shandong2022, HeatBaseline.CoalBoiler(0.80));
        Assert.Equal(0.425, balance.HeatPumpHeatBaseline.Factor.TonnesCo2PerMwh, 12);
        Assert.Equal(425.0, balance.HeatPumpHeatBaseline.TonnesCo2, 9);
        Assert.Equal(160.25, balance.HeatPumpElectricity.TonnesCo2, 9);
        Assert.Equal(264.75, balance.AvoidedByHeatPumpsTonnesCo2, 9);
        Assert.Equal(264.75, balance.NetAvoidedTonnesCo2, 9);
        // The imports feeding the heat pumps are shown apart, not subtracted twice.
        Assert.Equal(160.25, balance.EmittedByImportsTonnesCo2, 9);
    }

    [Fact]
    public void A_gas_boiler_baseline_credits_less_than_a_coal_boiler()
    {
        // By hand: 0.202 ÷ 0.90 = 0.22444 t/MWh_heat against coal's 0.425.
        var flows = new CarbonFlows { PvUsedOnSiteMwh = 0.0, ExportMwh = 0.0, ImportMwh = 0.0, HeatPumpHeatMwh = 1000.0, HeatPumpElectricityMwh = 250.0 };
        var gas = CarbonAccount.Of(flows, EmissionFactors.Shandong2022, HeatBaseline.GasBoiler());
        Assert.Equal(224.444, gas.HeatPumpHeatBaseline.TonnesCo2, 3);
        // At COP 4 on this grid a heat pump emits less than coal heat but more than gas heat: 224.44 − 160.25 = 64.19 t.
        Assert.Equal(64.194, gas.AvoidedByHeatPumpsTonnesCo2, 3);
    }

    [Fact]
    public void The_coal_fuel_factor_agrees_with_the_IPCC_default_for_bituminous_coal()
    {
        // IPCC 2006 Vol. 2 ch. 1 Table 1.4 [148]: other bituminous coal 94,600 kg CO2/TJ; 1 MWh = 0.0036 TJ.
        double ipccCoalTonnesPerMwh = 94_600.0 * 0.0036 / 1000.0; // 0.34056
        Assert.InRange(HeatBaseline.CoalFuelTonnesCo2PerMwh, ipccCoalTonnesPerMwh - 0.001, ipccCoalTonnesPerMwh + 0.001);
        // Natural gas 56,100 kg CO2/TJ → 0.20196 t/MWh.
        double ipccGasTonnesPerMwh = 56_100.0 * 0.0036 / 1000.0;
        Assert.InRange(HeatBaseline.GasFuelTonnesCo2PerMwh, ipccGasTonnesPerMwh - 0.0001, ipccGasTonnesPerMwh + 0.0001);
    }

    [Fact]
    public void Every_part_carries_its_factor_and_the_export_factor_may_differ()
    {
        var flows = new CarbonFlows { PvUsedOnSiteMwh = 100.0, ExportMwh = 50.0, ImportMwh = 20.0, HeatPumpHeatMwh = 40.0, HeatPumpElectricityMwh = 10.0 };
        var b = CarbonAccount.Of(flows, EmissionFactors.Shandong2022, HeatBaseline.CoalBoiler(), EmissionFactors.NorthChinaGrid2022);
        Assert.Same(EmissionFactors.Shandong2022, b.PvUsedOnSite.Factor);
        Assert.Same(EmissionFactors.NorthChinaGrid2022, b.Exports.Factor);
        Assert.Same(EmissionFactors.Shandong2022, b.Imports.Factor);
        Assert.Same(EmissionFactors.Shandong2022, b.HeatPumpElectricity.Factor);
        // By hand: 100 × 0.6410 + 50 × 0.6776 + 40 × 0.425 − 10 × 0.6410 = 64.10 + 33.88 + 17.00 − 6.41 = 108.57 t.
        Assert.Equal(108.57, b.NetAvoidedTonnesCo2, 9);
        Assert.Equal(12.82, b.EmittedByImportsTonnesCo2, 9);
    }

    [Fact]
    public void The_label_of_a_factor_names_it_and_says_when_it_is_unverified()
    {
        Assert.Equal(
            "Shandong provincial grid average 2022: 0.6410 t CO2/MWh ([140] secondary source; unverified)",
            EmissionFactors.Shandong2022.Label);
        Assert.DoesNotContain("unverified", EmissionFactors.National2022.Label, StringComparison.Ordinal);
        Assert.Contains("coal boiler heat (0.340 t/MWh_fuel ÷ 0.80)", HeatBaseline.CoalBoiler().HeatFactor.Label, StringComparison.Ordinal);
    }

    [Theory]
    // FACTS "Grid, prices, costs" table of published factors [t/MWh] by data year [140], [145]–[147].
    [InlineData(nameof(EmissionFactors.National2021), 0.5568, 2021)]
    [InlineData(nameof(EmissionFactors.National2022), 0.5366, 2022)]
    [InlineData(nameof(EmissionFactors.National2023), 0.5306, 2023)]
    [InlineData(nameof(EmissionFactors.NationalExcludingGreenPower2022), 0.5856, 2022)]
    [InlineData(nameof(EmissionFactors.NationalExcludingGreenPower2023), 0.6096, 2023)]
    [InlineData(nameof(EmissionFactors.Shandong2021), 0.6838, 2021)]
    [InlineData(nameof(EmissionFactors.Shandong2022), 0.6410, 2022)]
    [InlineData(nameof(EmissionFactors.NorthChinaGrid2022), 0.6776, 2022)]
    [InlineData(nameof(EmissionFactors.NorthChinaGrid2023), 0.6361, 2023)]
    public void The_presets_carry_the_published_table(string name, double tonnesPerMwh, int year)
    {
        var factor = (EmissionFactor)typeof(EmissionFactors).GetProperty(name)!.GetValue(null)!;
        Assert.Equal(tonnesPerMwh, factor.TonnesCo2PerMwh);
        Assert.Equal(year, factor.DataYear);
        Assert.Contains(factor, EmissionFactors.All);
        factor.Validated();
    }

    [Fact]
    public void Bad_inputs_are_refused_naming_the_field()
    {
        Assert.Equal("HeatBaseline.BoilerEfficiency", Assert.Throws<InvalidInputException>(() => HeatBaseline.CoalBoiler(0.0)).Field);
        Assert.Equal("HeatBaseline.BoilerEfficiency", Assert.Throws<InvalidInputException>(() => HeatBaseline.GasBoiler(1.2)).Field);
        var flows = new CarbonFlows { PvUsedOnSiteMwh = -1.0, ExportMwh = 0.0, ImportMwh = 0.0 };
        Assert.Equal("CarbonFlows.PvUsedOnSiteMwh", Assert.Throws<InvalidInputException>(() => CarbonAccount.Of(flows, EmissionFactors.National2022)).Field);
        var bad = EmissionFactors.National2022 with { TonnesCo2PerMwh = 3.0 };
        var ok = new CarbonFlows { PvUsedOnSiteMwh = 1.0, ExportMwh = 0.0, ImportMwh = 0.0 };
        Assert.StartsWith("EmissionFactor.TonnesCo2PerMwh", Assert.Throws<InvalidInputException>(() => CarbonAccount.Of(ok, bad)).Field, StringComparison.Ordinal);
    }
}
