using MineRose.Core.Heat;

namespace MineRose.Core.Tests.Heat;

public class HeatPumpSpecTests
{
    private static readonly HeatPumpSpec Valid = new() { RatedHeatingKw = 1500, RatedCoolingKw = 1500 };

    public static TheoryData<HeatPumpSpec, string> BadSpecs => new()
    {
        { Valid with { RatedHeatingKw = 0 }, "HeatPumpSpec.RatedHeatingKw" },
        { Valid with { RatedCoolingKw = -1 }, "HeatPumpSpec.RatedCoolingKw" },
        { Valid with { HeatingCarnotEfficiency = 1.5 }, "HeatPumpSpec.HeatingCarnotEfficiency" },
        { Valid with { CoolingCarnotEfficiency = 0 }, "HeatPumpSpec.CoolingCarnotEfficiency" },
        { Valid with { CondenserApproachK = -1 }, "HeatPumpSpec.CondenserApproachK" },
        { Valid with { EvaporatorApproachK = 30 }, "HeatPumpSpec.EvaporatorApproachK" },
        { Valid with { MinimumLiftK = 0 }, "HeatPumpSpec.MinimumLiftK" },
        { Valid with { MinimumPartLoadRatio = 1.2 }, "HeatPumpSpec.MinimumPartLoadRatio" },
        { Valid with { DegradationCoefficient = -0.1 }, "HeatPumpSpec.DegradationCoefficient" },
        { Valid with { FreeCoolingEffectiveness = 0 }, "HeatPumpSpec.FreeCoolingEffectiveness" },
        { Valid with { FreeCoolingApproachK = double.PositiveInfinity }, "HeatPumpSpec.FreeCoolingApproachK" },
    };

    [Theory]
    [MemberData(nameof(BadSpecs))]
    public void An_invalid_heat_pump_fails_naming_the_field(HeatPumpSpec spec, string field)
    {
        var ex = Assert.Throws<InvalidInputException>(() => spec.Validated());
        Assert.Equal(field, ex.Field);
    }

    [Fact]
    public void An_invalid_heat_pump_is_refused_when_the_plant_is_built()
    {
        var ex = Assert.Throws<InvalidInputException>(() =>
            new MineWaterHeatPump(Valid with { DegradationCoefficient = 2 }, new MineWaterSource { MaxFlowM3h = 100 }));
        Assert.Equal("HeatPumpSpec.DegradationCoefficient", ex.Field);
    }

    [Fact]
    public void The_defaults_are_valid()
    {
        Assert.Same(Valid, Valid.Validated());
    }
}
