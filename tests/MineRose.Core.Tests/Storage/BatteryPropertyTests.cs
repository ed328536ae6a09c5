using FsCheck.Xunit;
using MineRose.Core.Storage;

namespace MineRose.Core.Tests.Storage;

public class BatteryPropertyTests
{
    [Property(MaxTest = 300)]
    public bool Every_step_conserves_energy_and_keeps_the_battery_within_its_limits(int[] requests, int soc, int power)
    {
        var spec = new BatterySpec { EnergyCapacityKwh = 1000.0, RatedPowerKw = 100.0 + ((uint)power % 900u) };
        var battery = new Battery(spec);
        var state = battery.InitialState(((uint)soc % 101u) / 100.0);
        foreach (int r in requests ?? [])
        {
            // Requests from −1.5 to +1.5 times the rating, over half-hour steps.
            double requestKw = ((int)((uint)r % 301u) - 150) / 100.0 * spec.RatedPowerKw;
            double capacityKwh = battery.CapacityKwh(state);
            var step = battery.Step(state, requestKw, 0.5);
            double storedChangeKwh = step.State.StoredEnergyKwh - state.StoredEnergyKwh;
            // Energy in at the terminals = stored + losses.
            if (Math.Abs(-step.EnergyKwh - (storedChangeKwh + step.LossesKwh)) > 1e-9)
                return false;
            if (Math.Abs(step.PowerKw) > spec.RatedPowerKw || step.PowerKw * requestKw < 0.0)
                return false;
            if (Math.Abs(step.PowerKw) > Math.Abs(requestKw))
                return false;
            if (step.Limit == BatteryLimit.None && step.PowerKw != requestKw)
                return false;
            if (step.State.StoredEnergyKwh < 0.0 || step.State.StoredEnergyKwh > spec.MaxStateOfCharge * capacityKwh + 1e-9)
                return false;
            if (step.LossesKwh < 0.0 || step.State.ThroughputKwh < state.ThroughputKwh)
                return false;
            state = step.State;
        }

        return true;
    }
}
