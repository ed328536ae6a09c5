using MineRose.Core.Storage;

namespace MineRose.Core.Tests.Storage;

public class BatteryTests
{
    private static readonly BatterySpec Default = new() { EnergyCapacityKwh = 4000.0, RatedPowerKw = 1000.0 };

    [Fact]
    public void Default_round_trip_is_the_NREL_ATB_value()
    {
        // NREL ATB utility-scale battery storage [87]: round-trip efficiency 85 % (AC to AC).
        Assert.Equal(0.85, Default.RoundTripEfficiency, 3);
    }

    [Fact]
    public void Charging_and_discharging_the_whole_window_returns_the_round_trip_efficiency()
    {
        // No self-discharge and no fade, so that only conversion losses remain.
        var battery = new Battery(Default with { SelfDischargePerMonth = 0.0, CapacityFractionAtCycleLife = 1.0 });
        var state = battery.InitialState(0.05);
        double inKwh = 0.0, outKwh = 0.0;
        for (int i = 0; i < 10; i++)
        {
            var step = battery.Step(state, -500.0, 1.0);
            inKwh -= step.EnergyKwh;
            state = step.State;
        }

        for (int i = 0; i < 10; i++)
        {
            var step = battery.Step(state, 500.0, 1.0);
            outKwh += step.EnergyKwh;
            state = step.State;
        }

        // Out / in = η_ch·η_dis = 0.922² = 0.850084.
        Assert.Equal(0.922 * 0.922, outKwh / inKwh, 9);
        Assert.Equal(3600.0 / 0.922, inKwh, 9);
    }

    [Fact]
    public void Discharging_at_the_lower_limit_delivers_nothing_and_reports_empty()
    {
        var battery = new Battery(Default);
        var step = battery.Step(battery.InitialState(0.05), 300.0, 1.0);
        Assert.Equal(BatteryLimit.Empty, step.Limit);
        Assert.Equal(0.0, step.PowerKw);
    }

    [Fact]
    public void Charging_at_the_upper_limit_takes_nothing_and_reports_full()
    {
        // Without self-discharge nothing leaks in the hour, so there is no room to top up.
        var battery = new Battery(Default with { SelfDischargePerMonth = 0.0 });
        var step = battery.Step(battery.InitialState(0.95), -300.0, 1.0);
        Assert.Equal(BatteryLimit.Full, step.Limit);
        Assert.Equal(0.0, step.PowerKw);
    }

    [Fact]
    public void A_request_above_the_power_rating_gets_the_rated_power()
    {
        var battery = new Battery(Default);
        var discharge = battery.Step(battery.InitialState(0.5), 1500.0, 1.0);
        var charge = battery.Step(battery.InitialState(0.5), -1500.0, 1.0);
        Assert.Equal(BatteryLimit.AbovePowerRating, discharge.Limit);
        Assert.Equal(1000.0, discharge.PowerKw);
        Assert.Equal(BatteryLimit.AbovePowerRating, charge.Limit);
        Assert.Equal(-1000.0, charge.PowerKw);
    }

    [Fact]
    public void A_discharge_larger_than_the_energy_left_stops_at_the_window_edge()
    {
        var battery = new Battery(Default with { SelfDischargePerMonth = 0.0 });
        // 10 % of 4000 kWh = 400 kWh held, 5 % = 200 kWh the floor: 200 kWh × 0.922 = 184.4 kW over one hour.
        var step = battery.Step(battery.InitialState(0.10), 800.0, 1.0);
        Assert.Equal(BatteryLimit.Empty, step.Limit);
        Assert.Equal(200.0 * 0.922, step.PowerKw, 9);
        Assert.Equal(200.0, step.State.StoredEnergyKwh, 9);
        Assert.Equal(200.0 * (1 - 0.922), step.ConversionLossKwh, 9);
    }

    [Fact]
    public void A_month_at_rest_loses_the_monthly_self_discharge()
    {
        // σ = 2 %/month [89]: after 730 idle hours 98 % of the energy is left.
        var battery = new Battery(Default);
        var state = battery.InitialState(0.5);
        double lostKwh = 0.0;
        for (int hour = 0; hour < 730; hour++)
        {
            var step = battery.Step(state, 0.0, 1.0);
            Assert.Equal(BatteryLimit.None, step.Limit);
            lostKwh += step.SelfDischargeKwh;
            state = step.State;
        }

        Assert.Equal(2000.0 * 0.98, state.StoredEnergyKwh, 9);
        Assert.Equal(2000.0 * 0.02, lostKwh, 9);
        Assert.Equal(40.0, Battery.SelfDischargeKwh(2000.0, 0.02, 730.0), 9);
    }

    [Fact]
    public void Capacity_fades_to_the_cycle_life_fraction_after_the_cycle_life()
    {
        // 6000 equivalent full cycles → 80 % [88]; linear, so 3000 → 90 % and 9000 → 70 %.
        Assert.Equal(4000.0, Battery.FadedCapacityKwh(4000.0, 0.0, 6000.0, 0.8));
        Assert.Equal(3600.0, Battery.FadedCapacityKwh(4000.0, 3000.0 * 4000.0, 6000.0, 0.8), 9);
        Assert.Equal(3200.0, Battery.FadedCapacityKwh(4000.0, 6000.0 * 4000.0, 6000.0, 0.8), 9);
        Assert.Equal(2800.0, Battery.FadedCapacityKwh(4000.0, 9000.0 * 4000.0, 6000.0, 0.8), 9);
    }

    [Fact]
    public void Daily_full_cycles_retire_the_battery_at_the_end_of_life_capacity()
    {
        // Linear fade reaches 70 % of nameplate at 9000 equivalent full cycles of throughput.
        var battery = new Battery(Default with { RatedPowerKw = 4000.0 });
        var state = battery.InitialState(0.05);
        BatteryStep step = default;
        int steps = 0;
        while (steps < 100_000)
        {
            step = battery.Step(state, battery.StateOfCharge(state) < 0.5 ? -4000.0 : 4000.0, 1.0);
            steps++;
            if (step.Limit == BatteryLimit.EndOfLife)
                break;
            state = step.State;
        }

        Assert.Equal(BatteryLimit.EndOfLife, step.Limit);
        Assert.Equal(0.0, step.PowerKw);
        Assert.InRange(state.ThroughputKwh / 4000.0, 9000.0, 9001.0);
        Assert.True(battery.IsAtEndOfLife(state));
    }

    [Fact]
    public void State_of_charge_is_stored_energy_over_the_faded_capacity()
    {
        var battery = new Battery(Default);
        var state = new BatteryState(1600.0, 6000.0 * 4000.0);
        Assert.Equal(3200.0, battery.CapacityKwh(state), 9);
        Assert.Equal(0.5, battery.StateOfCharge(state), 9);
    }
}
