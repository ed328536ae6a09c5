using MineRose.Core.Storage;

namespace MineRose.Core.Tests.Storage;

public class ShaftPumpedHydroStepTests
{
    private const double RhoG = TestPlants.RhoG;

    [Fact]
    public void An_empty_upper_reservoir_refuses_generating()
    {
        var m = new ShaftPumpedHydro(TestPlants.Prismatic());
        var r = m.Step(m.StateAtFill(0), 800, 1.0);
        Assert.Equal(StorageLimit.Empty, r.Limit);
        Assert.Equal(0.0, r.PowerKw);
        Assert.Equal(0.0, r.TurbinedWaterM3);
        Assert.Equal(m.StateAtFill(0), r.State);
    }

    [Fact]
    public void A_full_upper_reservoir_refuses_pumping()
    {
        var m = new ShaftPumpedHydro(TestPlants.Prismatic());
        var r = m.Step(m.StateAtFill(1), -1100, 1.0);
        Assert.Equal(StorageLimit.Full, r.Limit);
        Assert.Equal(0.0, r.PowerKw);
        Assert.Equal(0.0, r.PumpedWaterM3);
    }

    [Fact]
    public void Below_minimum_load_the_turbine_stays_off()
    {
        // One 1000 kW unit may not run below 35 % of rated flow: ≈0.35·(0.51975/0.90)·1000 kW ≈ 200 kW at 110 m.
        var m = new ShaftPumpedHydro(TestPlants.Prismatic());
        var r = m.Step(m.StateAtFill(0.5), 150, 1.0);
        Assert.Equal(StorageLimit.BelowMinimumLoad, r.Limit);
        Assert.Equal(0.0, r.PowerKw);
        Assert.Equal(0, r.UnitsRunning);
        Assert.Equal(PumpedHydroMode.Idle, r.State.Mode);
        var running = m.Step(m.StateAtFill(0.5), 250, 1.0);
        Assert.Equal(StorageLimit.None, running.Limit);
        Assert.Equal(250.0, running.PowerKw, 6);
    }

    [Fact]
    public void Two_units_lower_the_plant_minimum_load()
    {
        // 2 × 1000 kW can serve 300 kW on one unit at part load; 1 × 2000 kW cannot go below ≈400 kW.
        var single = TestPlants.Prismatic(units: 1);
        single = single with { Machine = single.Machine with { TurbineRatedPowerKw = 2000, PumpRatedPowerKw = 2200 } };
        var one = new ShaftPumpedHydro(single);
        var two = new ShaftPumpedHydro(TestPlants.Prismatic(units: 2));
        Assert.Equal(StorageLimit.BelowMinimumLoad, one.Step(one.StateAtFill(0.5), 300, 1.0).Limit);
        var r = two.Step(two.StateAtFill(0.5), 300, 1.0);
        Assert.Equal(StorageLimit.None, r.Limit);
        Assert.Equal(1, r.UnitsRunning);
        Assert.Equal(300.0, r.PowerKw, 6);
        var both = two.Step(two.StateAtFill(0.5), 1500, 0.25);
        Assert.Equal(2, both.UnitsRunning);
        Assert.Equal(1500.0, both.PowerKw, 6);
    }

    [Fact]
    public void A_zero_length_penstock_generating_step_matches_a_hand_calculation()
    {
        // Lossless plant, both reservoirs 1000 m² and half full (levels 5 m and −105 m). Moving ΔV down lowers the upper
        // surface and raises the lower one by ΔV/1000 m, so the mass centres of the moved water sit at 5 − ΔV/2000 and
        // −105 + ΔV/2000: H̄ = 110 − ΔV/1000. Rated flow Q_t = 1 MW/(ρ·g·110·0.90·0.96); x = ΔV/(3600·Q_t);
        // E = ρ·g·ΔV·H̄·0.90·(2x − x²)·0.96 must equal the 800 kWh requested.
        var m = new ShaftPumpedHydro(TestPlants.Prismatic(lossless: true));
        var r = m.Step(m.StateAtFill(0.5), 800, 1.0);
        var dv = r.TurbinedWaterM3;
        var head = 110 - dv / 1000;
        var qt = 1e6 / (RhoG * 110 * 0.90 * 0.96);
        var x = dv / 3600 / qt;
        Assert.Equal(qt, m.TurbineRatedFlowM3s, 9);
        Assert.Equal(StorageLimit.None, r.Limit);
        Assert.Equal(0.0, r.FrictionLossKwh);
        Assert.Equal(0.0, r.HeadLossM);
        Assert.Equal(head, r.GrossHeadM, 9);
        Assert.Equal(800.0, RhoG * dv * head * 0.90 * (2 * x - x * x) * 0.96 / 3.6e6, 6);
        Assert.Equal(800.0, r.GeneratedKwh, 6);
        Assert.Equal(5 - dv / 1000, r.UpperLevelM, 9);
        Assert.Equal(-105 + dv / 1000, r.LowerLevelM, 9);
        Assert.Equal(-RhoG * dv * head / 3.6e6, r.PotentialEnergyGainKwh, 6);
    }

    [Fact]
    public void A_zero_length_penstock_pumping_step_matches_a_hand_calculation()
    {
        // Lifting ΔV from half-full reservoirs: H̄ = 110 + ΔV/1000. A fixed-speed 1100 kW pump: Q_p = 1.1 MW·0.96·0.88/(ρ·g·110),
        // x = ΔV/(3600·Q_p), E = ρ·g·ΔV·H̄/(0.88·(2x − x²)·0.96) = 1100 kWh in one hour.
        var m = new ShaftPumpedHydro(TestPlants.Prismatic(lossless: true));
        var r = m.Step(m.StateAtFill(0.5), -1100, 1.0);
        var dv = r.PumpedWaterM3;
        var head = 110 + dv / 1000;
        var qp = 1.1e6 * 0.96 * 0.88 / (RhoG * 110);
        var x = dv / 3600 / qp;
        Assert.Equal(qp, m.PumpRatedFlowM3s, 9);
        Assert.Equal(StorageLimit.None, r.Limit);
        Assert.Equal(-1100.0, r.PowerKw, 6);
        Assert.Equal(1100.0, RhoG * dv * head / (0.88 * (2 * x - x * x) * 0.96) / 3.6e6, 6);
        Assert.Equal(RhoG * dv * head / 3.6e6, r.PotentialEnergyGainKwh, 6);
        Assert.Equal(0.0, r.FrictionLossKwh);
    }

    [Fact]
    public void With_friction_the_step_loses_rho_g_V_h_f()
    {
        var m = new ShaftPumpedHydro(TestPlants.Prismatic());
        var r = m.Step(m.StateAtFill(0.5), 900, 1.0);
        var penstock = TestPlants.Prismatic().Penstock;
        var hf = penstock.HeadLossM(r.FlowM3s);
        Assert.InRange(r.HeadLossM / hf - 1, -1e-4, 1e-4);
        Assert.Equal(RhoG * r.TurbinedWaterM3 * r.HeadLossM / 3.6e6, r.FrictionLossKwh, 9);
        Assert.True(r.FrictionLossKwh > 0);
    }

    [Fact]
    public void A_fixed_speed_pump_rounds_down_to_whole_units()
    {
        var m = new ShaftPumpedHydro(TestPlants.Prismatic(units: 2));
        var r = m.Step(m.StateAtFill(0.5), -1650, 1.0);
        Assert.Equal(StorageLimit.DiscreteUnits, r.Limit);
        Assert.Equal(1, r.UnitsRunning);
        Assert.Equal(-1100.0, r.PowerKw, 6);
        var over = m.Step(m.StateAtFill(0.5), -3000, 0.25);
        Assert.Equal(StorageLimit.AboveRating, over.Limit);
        Assert.Equal(-2200.0, over.PowerKw, 6);
    }

    [Fact]
    public void A_fixed_speed_pump_refuses_a_request_below_one_unit()
    {
        var m = new ShaftPumpedHydro(TestPlants.Prismatic());
        var r = m.Step(m.StateAtFill(0.5), -500, 1.0);
        Assert.Equal(StorageLimit.BelowMinimumLoad, r.Limit);
        Assert.Equal(0.0, r.PowerKw);
        Assert.Equal(0.0, r.PumpedWaterM3);
    }

    [Fact]
    public void A_variable_speed_pump_follows_the_request_within_its_range()
    {
        var m = new ShaftPumpedHydro(TestPlants.Prismatic(pumpMinimumFraction: 0.7));
        var r = m.Step(m.StateAtFill(0.5), -900, 1.0);
        Assert.Equal(StorageLimit.None, r.Limit);
        Assert.Equal(-900.0, r.PowerKw, 6);
        Assert.Equal(StorageLimit.BelowMinimumLoad, m.Step(m.StateAtFill(0.5), -600, 1.0).Limit);
    }

    [Fact]
    public void Generating_into_an_emptying_pond_stops_part_way()
    {
        // 1,000 m³ left (head ≈101 m): 800 kW takes ≈0.9 m³/s, so the unit runs ≈0.3 h, then stops with the pond at its minimum.
        var m = new ShaftPumpedHydro(TestPlants.Prismatic(lossless: true));
        var start = new ShaftPumpedHydroState(1000, 9000);
        var r = m.Step(start, 800, 1.0);
        Assert.Equal(StorageLimit.Empty, r.Limit);
        Assert.Equal(1000.0, r.TurbinedWaterM3, 6);
        Assert.Equal(0.0, r.State.UpperVolumeM3, 6);
        Assert.InRange(r.RunningHours, 0.25, 0.35);
        Assert.Equal(800.0, r.GeneratedKwh / r.RunningHours, 6);
        Assert.Equal(800.0 * r.RunningHours, r.PowerKw, 6);
        Assert.Equal(PumpedHydroMode.Idle, r.State.Mode);
    }

    [Fact]
    public void The_ramp_limit_caps_the_change_between_intervals()
    {
        // 0.005 of the 1000 kW rating per minute: 300 kW in an hour.
        var spec = TestPlants.Prismatic();
        var m = new ShaftPumpedHydro(spec with { Machine = spec.Machine with { RampFractionPerMinute = 0.005 } });
        var running = m.StateAtFill(0.5) with { Mode = PumpedHydroMode.Generating, PowerKw = 400 };
        var up = m.Step(running, 1000, 1.0);
        Assert.Equal(StorageLimit.Ramp, up.Limit);
        Assert.Equal(700.0, up.PowerKw, 6);
        var down = m.Step(running with { PowerKw = 900 }, 300, 1.0);
        Assert.Equal(StorageLimit.Ramp, down.Limit);
        Assert.Equal(600.0, down.PowerKw, 6);
        Assert.Equal(600.0, down.State.PowerKw, 6);
        var stop = m.Step(running with { PowerKw = 900 }, 0, 1.0);
        Assert.Equal(0.0, stop.PowerKw);
    }

    [Fact]
    public void Start_up_time_shortens_the_first_interval()
    {
        // A 6-minute start from standstill leaves 0.9 h of running at the requested 500 kW: 450 kW on average.
        var spec = TestPlants.Prismatic();
        var m = new ShaftPumpedHydro(spec with { Machine = spec.Machine with { TurbineStartUpMinutes = 6, PumpStartUpMinutes = 20 } });
        var first = m.Step(m.StateAtFill(0.5), 500, 1.0);
        Assert.Equal(StorageLimit.StartUp, first.Limit);
        Assert.Equal(450.0, first.PowerKw, 6);
        Assert.Equal(0.9, first.RunningHours, 9);
        Assert.Equal(500.0, first.State.PowerKw, 6);
        var second = m.Step(first.State, 500, 1.0);
        Assert.Equal(StorageLimit.None, second.Limit);
        Assert.Equal(500.0, second.PowerKw, 6);
        // Switching straight to pumping costs the pump's start-up; a 15-minute interval is too short for it.
        var quarter = m.Step(second.State, -1100, 0.25);
        Assert.Equal(StorageLimit.StartUp, quarter.Limit);
        Assert.Equal(0.0, quarter.PowerKw);
    }

    [Fact]
    public void Mine_water_above_the_inventory_limit_is_dewatered_at_its_lift_energy()
    {
        // Upper at its minimum and lower full: 100 m³ of inflow in an hour must go. It leaves the slice between 10,000 and
        // 10,100 m³ of the 1000 m² roadway (mean level −99.95 m) for the collar (0 m): E = ρ·g·100 m³·99.95 m/0.5 = 1.9586e8 J = 54.405 kWh.
        var spec = TestPlants.Prismatic() with { MineWaterInflowM3h = 100, DewateringCapacityM3h = 200, DewateringEfficiency = 0.5 };
        var m = new ShaftPumpedHydro(spec);
        var r = m.Step(m.StateAtFill(0), 0, 1.0);
        Assert.Equal(100.0, r.MineWaterInflowM3, 9);
        Assert.Equal(100.0, r.DewateredWaterM3, 9);
        Assert.Equal(54.405, r.DewateringEnergyKwh, 3);
        Assert.Equal(RhoG * 100 * 99.95 / 0.5 / 3.6e6, r.DewateringEnergyKwh, 9);
        Assert.Equal(10_000.0, r.State.LowerVolumeM3, 9);
        Assert.Equal(0.0, r.AbsorbedKwh);
        Assert.Equal(StorageLimit.None, r.Limit);
    }

    [Fact]
    public void Mine_water_is_kept_while_the_lower_reservoir_has_room()
    {
        // Phase II half full: the inventory is 6,143 m³ under V_l,max + V_u,min, so 50 m³/h stays underground.
        var m = new ShaftPumpedHydro(PumpedHydroPresets.DakuishanPhase2);
        var start = m.StateAtFill(0.5);
        var r = m.Step(start, 0, 1.0);
        Assert.Equal(0.0, r.DewateredWaterM3);
        Assert.Equal(start.LowerVolumeM3 + 50, r.State.LowerVolumeM3, 9);
    }

    [Fact]
    public void Evaporation_removes_millimetres_per_day_times_the_pond_area()
    {
        // Phase II pond half full (84,781.7 m³): solve the frustum volume for the depth, h = 5.2735 m, where the surface is
        // (120 + 4h)·(110 + 4h) = 141.09 × 131.09 = 18,496 m²; 3 mm/day for a day takes ≈55.5 m³. The table's slice area
        // is the mean over a 0.225 m slice, and dA/dh ≈ 1,090 m²/m, so allow 0.75 %.
        var m = new ShaftPumpedHydro(PumpedHydroPresets.DakuishanPhase2 with { MineWaterInflowM3h = 0 });
        var start = m.StateAtFill(0.5);
        double lo = 0, hi = 9;
        for (var i = 0; i < 100; i++)
        {
            var h = 0.5 * (lo + hi);
            var v = 120 * 110 * h + 2 * 230 * h * h + 4.0 / 3 * 4 * h * h * h;
            if (v < start.UpperVolumeM3)
                lo = h;
            else
                hi = h;
        }
        var area = (120 + 4 * lo) * (110 + 4 * lo);
        var r = m.Step(start, 0, 24.0);
        Assert.InRange(r.EvaporationM3 / (0.003 * area) - 1, -0.0075, 0.0075);
        Assert.Equal(start.UpperVolumeM3 - r.EvaporationM3, r.State.UpperVolumeM3, 9);
    }

    [Fact]
    public void Seepage_leaves_the_pond_at_its_rate()
    {
        var m = new ShaftPumpedHydro(TestPlants.Prismatic() with { UpperSeepageM3h = 2.5 });
        var r = m.Step(m.StateAtFill(0.5), 0, 4.0);
        Assert.Equal(10.0, r.SeepageM3, 12);
        Assert.Equal(4990.0, r.State.UpperVolumeM3, 9);
    }

    [Fact]
    public void An_idle_step_without_mine_water_changes_nothing()
    {
        var m = new ShaftPumpedHydro(TestPlants.Prismatic());
        var start = m.StateAtFill(0.3);
        var r = m.Step(start, 0, 1.0);
        Assert.Equal(start, r.State);
        Assert.Equal(StorageLimit.None, r.Limit);
        Assert.Equal(0.0, r.LossesKwh);
        // Levels 3 m and −103 m.
        Assert.Equal(106.0, r.GrossHeadM, 9);
    }

    [Fact]
    public void Bad_step_inputs_are_refused_with_the_field_named()
    {
        var m = new ShaftPumpedHydro(TestPlants.Prismatic() with { DewateringCapacityM3h = 100 });
        Assert.Equal("durationH", Assert.Throws<InvalidInputException>(() => m.Step(m.StateAtFill(0.5), 0, 0)).Field);
        Assert.Equal("requestedPowerKw", Assert.Throws<InvalidInputException>(() => m.Step(m.StateAtFill(0.5), double.NaN, 1)).Field);
        Assert.Equal("mineWaterInflowM3h", Assert.Throws<InvalidInputException>(() => m.Step(m.StateAtFill(0.5), 0, 1, 150)).Field);
        Assert.Equal("state.UpperVolumeM3", Assert.Throws<InvalidInputException>(() => m.Step(new ShaftPumpedHydroState(-1, 0), 0, 1)).Field);
    }
}
