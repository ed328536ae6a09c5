using MineRose.Core.Park;
using MineRose.Optimization.Sizing;
using Xunit.Abstractions;

namespace MineRose.Optimization.Tests.Sizing;

public class ShippedSizingTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("dakuishan-phase1.yaml")]
    [InlineData("dakuishan-phase2.yaml")]
    [InlineData("zichuan-replication.yaml")]
    public void Sized_design_costs_no_more_a_year_than_the_shipped_one_and_stays_within_its_bounds(string name)
    {
        var baseline = ShippedScenarios.Year(name);
        var options = new SizingOptions { RepresentativeDays = 8 };
        var sized = CapacitySizing.MinimiseAnnualisedCost(baseline, options);
        var shipped = CapacitySizing.AnnualisedCostOfDesign(baseline, options);
        output.WriteLine($"{name}: sized {sized.AnnualisedCostCny:N0} vs shipped {shipped.AnnualisedCostCny:N0} CNY/yr; {sized.Capacities}");
        output.WriteLine($"  shipped {shipped.Capacities}; capital {shipped.CapitalAndFixedCny:N0}; slack {string.Join(", ", shipped.Solve.Slack)}");
        output.WriteLine($"  solve {sized.Solve.WallTimeMs:0} ms, {sized.Solve.Rows} rows x {sized.Solve.Columns} columns, slack {string.Join(", ", sized.Solve.Slack)}");

        // The shipped capacities are one feasible point of the same LP, so the optimum cannot cost more.
        Assert.True(sized.AnnualisedCostCny <= shipped.AnnualisedCostCny * (1 + 1e-7), $"{sized.AnnualisedCostCny} > {shipped.AnnualisedCostCny}");
        var design = baseline.Design;
        var land = ParkLand.Of(design);
        // The comparison point is the design itself: every capacity fixed at its value.
        Assert.Equal(design.PvCapacityKw, shipped.Capacities.PvKw, 1e-6);
        Assert.Equal(design.Battery?.EnergyCapacityKwh ?? 0, shipped.Capacities.BatteryEnergyKwh, 1e-6);
        Assert.Equal(design.PumpedHydro?.UnitCount ?? 0, shipped.Capacities.ShaftUnits, 1e-9);
        Assert.Equal(design.Heat?.HeatPump.RatedHeatingKw ?? 0, shipped.Capacities.HeatPumpKw, 1e-6);
        var c = sized.Capacities;
        Assert.InRange(c.PvKw, 0, (land.PvM2 + land.OtherM2) / (land.PvM2 / design.PvCapacityKw) * (1 + 1e-9));
        Assert.InRange(c.BatteryEnergyKwh, 0, 4 * design.GridConnection.ImportLimitKw * (1 + 1e-9));
        Assert.InRange(c.BatteryPowerKw, 0, Math.Min(design.GridConnection.ImportLimitKw, 4 * c.BatteryEnergyKwh) * (1 + 1e-9) + 1e-6);
        Assert.InRange(c.ShaftUnits, 0, (design.PumpedHydro?.UnitCount ?? 0) + 1e-9);
        if (design.Heat is { } heat)
            Assert.InRange(c.HeatPumpKw, 0, Math.Max(heat.HeatPump.RatedHeatingKw, baseline.Ledger.HeatingDemandKw.Max()) * (1 + 1e-9));
    }
}

public class RepresentativeDayErrorTests(ITestOutputHelper output)
{
    /// <summary>Phase II's simulated year cut to every 13th day (28 days spread over the seasons), so that the chronological
    /// reference solves in seconds; the representative days are chosen among these 28.</summary>
    private static ParkYear EveryThirteenthDay(ParkYear year)
    {
        var l = year.Ledger;
        int days = 28;
        var sliced = new ParkLedger(new Core.Time.TimeGrid(l.Grid.StartUtc, l.Grid.Step, days * 24));
        double[][] from = [l.PvAcKw, l.LightingKw, l.HeatPumpElectricityKw, l.CirculationPumpKw, l.OtherLoadKw, l.DewateringKw, l.WaterTreatmentKw,
            l.HeatingDemandKw, l.CoolingDemandKw, l.HeatPumpHeatKw, l.HeatPumpCoolingKw, l.ImportPriceCnyPerKwh, l.ExportPriceCnyPerKwh];
        double[][] to = [sliced.PvAcKw, sliced.LightingKw, sliced.HeatPumpElectricityKw, sliced.CirculationPumpKw, sliced.OtherLoadKw, sliced.DewateringKw,
            sliced.WaterTreatmentKw, sliced.HeatingDemandKw, sliced.CoolingDemandKw, sliced.HeatPumpHeatKw, sliced.HeatPumpCoolingKw,
            sliced.ImportPriceCnyPerKwh, sliced.ExportPriceCnyPerKwh];
        for (int d = 0; d < days; d++)
        {
            for (int s = 0; s < from.Length; s++)
                Array.Copy(from[s], d * 13 * 24, to[s], d * 24, 24);
        }

        return year with { Ledger = sliced };
    }

    [Fact]
    public void Four_representative_days_and_the_peak_heating_day_size_a_28_day_phase_two_within_ten_percent_of_the_chronological_answer()
    {
        var baseline = EveryThirteenthDay(ShippedScenarios.Year("dakuishan-phase2.yaml"));
        var days = CapacitySizing.MinimiseAnnualisedCost(baseline, new SizingOptions { RepresentativeDays = 4 });
        var full = CapacitySizing.MinimiseAnnualisedCost(baseline, new SizingOptions { FullYear = true });
        output.WriteLine($"4 days: {days.AnnualisedCostCny:N0} CNY/yr, {days.Capacities}, {days.Solve.Rows}x{days.Solve.Columns}, {days.Solve.WallTimeMs:0} ms");
        output.WriteLine($"28 days: {full.AnnualisedCostCny:N0} CNY/yr, {full.Capacities}, {full.Solve.Rows}x{full.Solve.Columns}, {full.Solve.WallTimeMs:0} ms");
        foreach (var e in RepresentativeDays.ErrorOfAnnualTotals(days.Days!, baseline.Ledger))
            output.WriteLine($"  {e.Name}: {e.FullYear:N1} vs {e.Representative:N1} ({e.RelativeError:P2})");

        // The error of the method, measured here and stated in docs/model.md, "Sizing, representative days and sensitivity"; a bound, not a reference value.
        Assert.InRange((days.AnnualisedCostCny - full.AnnualisedCostCny) / full.AnnualisedCostCny, -0.10, 0.10);
        Assert.InRange((days.Capacities.PvKw - full.Capacities.PvKw) / full.Capacities.PvKw, -0.10, 0.10);
    }
}
