using MineRose.Core.Storage;
using MineRose.Optimization.Dispatch;

namespace MineRose.Optimization.Tests.Dispatch;

public sealed class ShaftStorageTests
{
    [Fact]
    public void The_linearisation_brackets_the_plants_own_design_figures_and_fits_within_one_percent()
    {
        var plant = new ShaftPumpedHydro(PumpedHydroPresets.DakuishanPhase2);
        var lin = ShaftStorageLinearisation.Fit(plant);

        // The model's own rated-flow figures at the design head (ShaftPumpedHydro.UsableEnergyKwh / CycleVolumeM3 and
        // RechargeEnergyKwh / CycleVolumeM3) are mean values over the range, so they lie between the fitted line's ends.
        double designGen = plant.UsableEnergyKwh / plant.CycleVolumeM3;
        double designPump = plant.RechargeEnergyKwh / plant.CycleVolumeM3;
        Assert.InRange(designGen, lin.GenerateKwhPerM3(0) * 0.99, lin.GenerateKwhPerM3(1) * 1.01);
        Assert.InRange(designPump, lin.PumpKwhPerM3(0) * 0.99, lin.PumpKwhPerM3(1) * 1.01);
        // Physical identity: 1 m³ falling ~160 m holds ρgH = 1000·9.81·160/3.6e6 ≈ 0.436 kWh; generating yields less, pumping costs more.
        double potential = 1000 * 9.80665 * plant.DesignHeadM / 3.6e6;
        Assert.True(lin.GenerateKwhPerM3(0.5) < potential && lin.PumpKwhPerM3(0.5) > potential);
        // Round trip at mid-range against the model's own round-trip efficiency at the design head.
        Assert.Equal(plant.RoundTripEfficiency, lin.GenerateKwhPerM3(0.5) / lin.PumpKwhPerM3(0.5), 0.02);
        // A straight line in the fill is good to < 1 % over the range; holding e constant at mid-range errs by the range error.
        Assert.True(lin.FitError < 0.01, $"fit error {lin.FitError}");
        Assert.InRange(lin.GenerateRangeError, 0.005, 0.15);
        // More head, more electricity per m³: both lines rise with the fill.
        Assert.True(lin.GenerateSlopeKwhPerM3 > 0 && lin.PumpSlopeKwhPerM3 > 0);
    }

    private static DispatchInputs PilotDay(double initialFill) => new()
    {
        // Four hours: cheap, cheap, dear, dear; 50 kW of load; the 100 kW / 125 kW pilot store (one fixed-speed pump).
        StepHours = 1,
        PvAcKwPerKwp = [0, 0, 0, 0],
        PvCapacityKw = 0,
        FixedLoadKw = [50, 50, 50, 50],
        ImportPriceCnyPerKwh = [0.1, 0.1, 1.5, 1.5],
        ExportPriceCnyPerKwh = [0, 0, 0, 0],
        ImportLimitKw = 1000,
        ExportLimitKw = 1000,
        Hydro = ShaftStorageLinearisation.Fit(new ShaftPumpedHydro(PumpedHydroPresets.DakuishanPilot)),
        HydroInitialFill = initialFill,
        HydroLinearisationFill = initialFill,
    };

    [Fact]
    public void With_binaries_the_pump_runs_whole_and_the_turbine_never_below_its_minimum_load()
    {
        var inputs = PilotDay(0.2);
        using var model = DispatchModel.Build(inputs, new DispatchOptions { UseBinaries = true });
        var s = model.Solve();
        var lin = inputs.Hydro!;

        Assert.Equal("OPTIMAL", s.Report.Status);
        Assert.True(s.Report.Integers > 0);
        foreach (var p in s.PumpedHydroKw)
        {
            if (p < -1e-6)
                Assert.Equal(-lin.UnitPumpKw, p, 6);                                  // the one fixed-speed pump: 125 kW or nothing
            else if (p > 1e-6)
                Assert.True(p >= lin.MinimumGeneratingKw - 1e-6, $"generating {p} kW below the minimum load");
        }
        // The cheap hours pump, the dear hours generate.
        Assert.True(s.PumpedHydroKw[0] < 0 && s.PumpedHydroKw[1] < 0);
        Assert.True(s.PumpedHydroKw[2] > 0 || s.PumpedHydroKw[3] > 0);
    }

    [Fact]
    public void An_empty_pond_that_still_loses_water_is_reported_as_shaft_water_balance_slack()
    {
        // Phase II pond empty at the start, no grid, no PV, no load: nothing can pump, yet evaporation and seepage
        // (UpperLossM3h) must leave the pond every hour. The water balance cannot hold; its slack names the family.
        var lin = ShaftStorageLinearisation.Fit(new ShaftPumpedHydro(PumpedHydroPresets.DakuishanPhase2));
        var inputs = PilotDay(0) with { Hydro = lin, FixedLoadKw = [0, 0, 0, 0], ImportLimitKw = 0 };
        // Water slack priced below what pumping on unserved electricity would cost (100 CNY/kWh × ~0.5 kWh/m³), so the
        // report shows the family that truly conflicts rather than the bus.
        using var model = DispatchModel.Build(inputs, new DispatchOptions { WaterSlackPenaltyCnyPerM3 = 10 });
        var s = model.Solve();

        Assert.True(s.Report.HasPlan);
        var water = Assert.Single(s.Report.Slack);
        Assert.Equal("shaft_water_balance", water.Family);
        Assert.Equal("m³", water.Unit);
        // Four hours of the pond's losses, 4·L·Δt, all supplied by slack.
        Assert.Equal(4 * lin.UpperLossM3h, water.Amount, 6);
        Assert.True(lin.UpperLossM3h > 0);
    }
}
