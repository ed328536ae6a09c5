using MineRose.Core.Storage;

namespace MineRose.Core.Tests.Storage;

public class BatterySpecTests
{
    private static readonly BatterySpec Valid = new() { EnergyCapacityKwh = 4000.0, RatedPowerKw = 1000.0 };

    public static TheoryData<BatterySpec, string> BadSpecs => new()
    {
        { Valid with { EnergyCapacityKwh = 0 }, "BatterySpec.EnergyCapacityKwh" },
        { Valid with { RatedPowerKw = double.NaN }, "BatterySpec.RatedPowerKw" },
        { Valid with { ChargeEfficiency = 1.1 }, "BatterySpec.ChargeEfficiency" },
        { Valid with { DischargeEfficiency = 0 }, "BatterySpec.DischargeEfficiency" },
        { Valid with { MinStateOfCharge = -0.1 }, "BatterySpec.MinStateOfCharge" },
        { Valid with { MaxStateOfCharge = 1.5 }, "BatterySpec.MaxStateOfCharge" },
        { Valid with { MinStateOfCharge = 0.6, MaxStateOfCharge = 0.5 }, "BatterySpec.MaxStateOfCharge" },
        { Valid with { SelfDischargePerMonth = 0.9 }, "BatterySpec.SelfDischargePerMonth" },
        { Valid with { CycleLifeEquivalentFullCycles = 0 }, "BatterySpec.CycleLifeEquivalentFullCycles" },
        { Valid with { CapacityFractionAtCycleLife = 1.2 }, "BatterySpec.CapacityFractionAtCycleLife" },
        { Valid with { EndOfLifeCapacityFraction = 1.0 }, "BatterySpec.EndOfLifeCapacityFraction" },
    };

    [Theory]
    [MemberData(nameof(BadSpecs))]
    public void An_invalid_battery_fails_naming_the_field(BatterySpec spec, string field)
    {
        var ex = Assert.Throws<InvalidInputException>(() => new Battery(spec));
        Assert.Equal(field, ex.Field);
        Assert.Contains(field, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_state_holding_more_than_the_nameplate_is_refused()
    {
        var battery = new Battery(Valid);
        var ex = Assert.Throws<InvalidInputException>(() => battery.Step(new BatteryState(5000.0, 0.0), 0.0, 1.0));
        Assert.Equal("BatteryState.StoredEnergyKwh", ex.Field);
    }
}
