using MineRose.Core.Crops;
using MineRose.Core.Park;
using MineRose.Core.Pv;
using MineRose.Core.Solar;
using MineRose.Core.Weather;
using MineRose.IO.Scenarios;
using MineRose.Optimization.Sizing;
using Xunit.Abstractions;

namespace MineRose.Optimization.Tests.Sizing;

/// <summary>The sizing LP's NPV against <see cref="ParkEvaluation"/>'s cash-flow table, on phase I without storage (so that the
/// simulator's rule and the LP dispatch the same way and only the representative days differ).</summary>
public class NpvIdentityTests(ITestOutputHelper output)
{
    private static (ParkDesign Design, WeatherSeries Weather, SunPath Sun) PhaseOneWithoutStorage(double? rosePriceCnyPerStem = null)
    {
        var scenario = ScenarioLoader.Load(ShippedScenarios.Path("dakuishan-phase1.yaml"));
        var weather = SyntheticYear.Generate(ClimateNormals.Zibo, scenario.Weather.SyntheticSeed);
        var design = scenario.Design with { PumpedHydro = null, Battery = null };
        if (rosePriceCnyPerStem is { } price)
            design = design with { Economics = design.Economics with { RoseGrades = new RoseGradeSplit([new RoseGrade("all", 1, price)]) } };
        return (design, weather, PvChain.SunPathFor(SolarEphemeris.For(weather.Grid), design.Site, weather));
    }

    [Fact]
    public void The_lp_npv_of_the_phase_one_design_equals_the_cash_flow_table_of_its_simulated_year_over_the_full_year()
    {
        var (design, weather, sun) = PhaseOneWithoutStorage();
        var year = ParkSimulator.SimulateYear(design, weather, sun);

        var lp = CapacitySizing.AnnualisedCostOfDesign(year, new SizingOptions { FullYear = true, Objective = SizingObjective.MaximiseNpv });
        double table = ParkEvaluation.Evaluate(year).CashFlow.NpvCny;

        output.WriteLine($"cash-flow table {table:N2}, LP {lp.NpvCny:N2}");
        // Same components, lines, escalation and discounting; the LP's chronological dispatch without storage is the simulator's.
        Assert.Equal(table, lp.NpvCny, 1e-6 * Math.Abs(table));
    }

    [Fact]
    public void The_lp_npv_of_the_npv_sized_design_equals_its_re_simulated_npv_within_the_error_of_the_representative_days()
    {
        // At CNY 2.5 a stem (what CNY 60 M of profit needs, FACTS) roses pay for their house, so the area is worth sizing.
        var (design, weather, sun) = PhaseOneWithoutStorage(rosePriceCnyPerStem: 2.5);
        var baseline = ParkSimulator.SimulateYear(design, weather, sun);
        var options = new SizingOptions { SizeGreenhouse = true, GreenhouseMaxM2 = 20_000, BatteryMaxKwh = 0, BatteryMaxKw = 0 };

        var sized = CapacitySizing.MaximiseNpv(baseline, options);
        var year = ParkSimulator.SimulateYear(sized.SizedDesign, weather, sun);
        double table = ParkEvaluation.Evaluate(year).CashFlow.NpvCny;

        // The stated error: the days' estimate of the re-simulated year's net energy cost against its full year, Ĵ − J, worth a_E years.
        var days = sized.Days!;
        var l = year.Ledger;
        double full = 0, estimate = 0;
        for (int i = 0; i < l.Grid.Count; i++)
            full += (l.ImportPriceCnyPerKwh[i] * l.GridImportKw[i] - l.ExportPriceCnyPerKwh[i] * l.GridExportKw[i]) * l.Grid.StepHours;
        foreach (var d in days.Days)
        {
            for (int h = 0; h < days.StepsPerDay; h++)
            {
                int i = d.FirstStep + h;
                estimate += d.WeightDays * (l.ImportPriceCnyPerKwh[i] * l.GridImportKw[i] - l.ExportPriceCnyPerKwh[i] * l.GridExportKw[i]) * l.Grid.StepHours;
            }
        }

        double aE = SizingNpvTerms.Of(baseline, null).ElectricityFactorYears;
        double daysError = aE * (estimate - full);
        output.WriteLine($"sized {sized.Capacities}; LP {sized.NpvCny:N0}, re-simulated {table:N0}, difference {sized.NpvCny - table:N0}, a_E·(Ĵ − J) = {-daysError:N0}");

        // Measured: 10,312 m² (the mine water's 200 m³/h carries no more heat), LP 22.09 M against 21.23 M re-simulated (+4.0 %),
        // while the days misjudge the year's energy cost by a_E·(Ĵ − J) = 0.95 M: the rest of the NPV is exact (previous test).
        // (With the former three-pass greenhouse step: 11,577 m², 24.91 M against 24.60 M (+1.3 %), days error 0.46 M; the
        // converged step moves the baseline's hourly profiles, hence the representative days and the area they support.)
        Assert.InRange(sized.Capacities.GreenhouseAreaM2, 1_000.0, 20_000.0);
        Assert.InRange(Math.Abs(sized.NpvCny - table), 0, Math.Abs(daysError));
        Assert.Equal(table, sized.NpvCny, 0.05 * Math.Abs(table));
    }

    [Fact]
    public void Heat_demand_lighting_and_stems_per_square_metre_do_not_change_with_the_greenhouse_area()
    {
        var (design, weather, sun) = PhaseOneWithoutStorage();
        var houses = design.Greenhouses!;
        var heat = design.Heat!;
        ParkYear At(double areaM2, double scale) => ParkSimulator.SimulateYear(design with
        {
            Greenhouses = houses with { House = houses.House with { FloorAreaM2 = areaM2 } },
            Heat = heat with
            {
                HeatPump = heat.HeatPump with { RatedHeatingKw = heat.HeatPump.RatedHeatingKw * scale, RatedCoolingKw = heat.HeatPump.RatedCoolingKw * scale },
                Source = heat.Source with { MaxFlowM3h = heat.Source.MaxFlowM3h * scale },
            },
        }, weather, sun);

        var one = At(13_000, 1);
        var two = At(26_000, 2);

        double PerM2(ParkYear y, double[] kw) => y.Ledger.EnergyKwh(kw) / y.Design.Greenhouses!.House.FloorAreaM2;
        output.WriteLine($"heat {PerM2(one, one.Ledger.HeatingDemandKw):F3} vs {PerM2(two, two.Ledger.HeatingDemandKw):F3} kWh/m², lighting {PerM2(one, one.Ledger.LightingKw):F3} vs {PerM2(two, two.Ledger.LightingKw):F3}, stems {one.RoseStems / 13_000:F3} vs {two.RoseStems / 26_000:F3}");
        // The house is simulated per m² of floor (cover, ventilation, lighting, crop per m²): doubling the area, with the plant
        // doubled alongside, doubles every area-driven flow. This is the linearity SizingNpvTerms and the LP assume.
        Assert.Equal(PerM2(one, one.Ledger.HeatingDemandKw), PerM2(two, two.Ledger.HeatingDemandKw), 1e-3 * PerM2(one, one.Ledger.HeatingDemandKw));
        Assert.Equal(PerM2(one, one.Ledger.LightingKw), PerM2(two, two.Ledger.LightingKw), 1e-3 * PerM2(one, one.Ledger.LightingKw) + 1e-9);
        Assert.Equal(one.RoseStems / 13_000, two.RoseStems / 26_000, 1e-3 * one.RoseStems / 13_000);
        Assert.Equal(one.CropLabour!.TotalJobs / 13_000, two.CropLabour!.TotalJobs / 26_000, 1e-9);
    }
}
