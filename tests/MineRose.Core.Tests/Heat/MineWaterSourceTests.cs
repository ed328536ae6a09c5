using FsCheck.Xunit;
using MineRose.Core.Heat;

namespace MineRose.Core.Tests.Heat;

public class MineWaterSourceTests
{
    // ρ·c_p of water [J/(m³·K)], written out.
    private const double RhoCp = 999.1 * 4186.0;

    public static TheoryData<MineWaterSource, string> BadSources => new()
    {
        { new MineWaterSource { MaxFlowM3h = 0.0 }, "MineWaterSource.MaxFlowM3h" },
        { new MineWaterSource { MaxFlowM3h = double.NaN }, "MineWaterSource.MaxFlowM3h" },
        { new MineWaterSource { MaxFlowM3h = 100, TemperatureC = -5.0 }, "MineWaterSource.TemperatureC" },
        { new MineWaterSource { MaxFlowM3h = 100, MinReturnTemperatureC = 15.0 }, "MineWaterSource.MinReturnTemperatureC" },
        { new MineWaterSource { MaxFlowM3h = 100, MinReturnTemperatureC = 18.0 }, "MineWaterSource.MinReturnTemperatureC" },
        { new MineWaterSource { MaxFlowM3h = 100, MaxReturnTemperatureC = 15.0 }, "MineWaterSource.MaxReturnTemperatureC" },
        { new MineWaterSource { MaxFlowM3h = 100, PumpHeadM = -1.0 }, "MineWaterSource.PumpHeadM" },
        { new MineWaterSource { MaxFlowM3h = 100, PumpEfficiency = 1.2 }, "MineWaterSource.PumpEfficiency" },
        { new MineWaterSource { MaxFlowM3h = 100, ReservoirVolumeM3 = 0.0 }, "MineWaterSource.ReservoirVolumeM3" },
        { new MineWaterSource { MaxFlowM3h = 100, RechargeFlowM3h = -3.0 }, "MineWaterSource.RechargeFlowM3h" },
    };

    [Theory]
    [MemberData(nameof(BadSources))]
    public void An_invalid_source_fails_naming_the_field(MineWaterSource source, string field)
    {
        var ex = Assert.Throws<InvalidInputException>(() => source.Validated());
        Assert.Equal(field, ex.Field);
        Assert.Contains(field, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_source_is_refused_when_the_heat_pump_is_built()
    {
        var ex = Assert.Throws<InvalidInputException>(() => new MineWaterHeatPump(
            new HeatPumpSpec { RatedHeatingKw = 100, RatedCoolingKw = 100 }, new MineWaterSource { MaxFlowM3h = -1 }));
        Assert.Equal("MineWaterSource.MaxFlowM3h", ex.Field);
    }

    [Fact]
    public void Without_recharge_a_year_of_hourly_drawdown_follows_the_first_law()
    {
        // 1 MW taken for 8760 h from 10⁶ m³: ΔT = Q·t/(ρ c_p V) = 10⁶ W × 3.1536×10⁷ s / (4.18223×10⁹ J/K) = 7.5405 K.
        var source = new MineWaterSource { MaxFlowM3h = 100, ReservoirVolumeM3 = 1e6 };
        var state = source.InitialState;
        for (int hour = 0; hour < 8760; hour++)
            state = source.Drawdown(state, 1000.0, 1.0);
        double expectedDropK = 1e6 * 8760 * 3600 / (RhoCp * 1e6);
        Assert.Equal(15.0 - expectedDropK, state.TemperatureC, 9);
        Assert.Equal(7.5405, expectedDropK, 4);
        Assert.Equal(8.76e6, state.HeatTakenKwh, 6);
    }

    [Fact]
    public void With_recharge_drawdown_matches_a_fine_numerical_integration()
    {
        // Independent check: explicit Euler on ρ c_p V dT/dt = −Q + ρ c_p V̇_r (T_nat − T) with one-minute steps for a year.
        const double volumeM3 = 300_000.0, rechargeM3s = 40.0 / 3600.0, heatW = 400e3;
        var source = new MineWaterSource { MaxFlowM3h = 100, ReservoirVolumeM3 = volumeM3, RechargeFlowM3h = 40.0 };
        var state = source.InitialState;
        double eulerC = 15.0;
        for (int hour = 0; hour < 8760; hour++)
        {
            state = source.Drawdown(state, heatW / 1000.0, 1.0);
            for (int minute = 0; minute < 60; minute++)
                eulerC += 60.0 * (-heatW + RhoCp * rechargeM3s * (15.0 - eulerC)) / (RhoCp * volumeM3);
        }

        Assert.Equal(eulerC, state.TemperatureC, 3);
    }

    [Fact]
    public void With_recharge_the_reservoir_settles_where_recharge_balances_the_heat_taken()
    {
        // Steady state: Q = ρ c_p V̇_r (T_nat − T)  ⇒  T = 15 − 200 kW / (ρ c_p × 50/3600 m³/s) = 15 − 3.4431 = 11.5569 °C.
        var source = new MineWaterSource { MaxFlowM3h = 100, ReservoirVolumeM3 = 100_000.0, RechargeFlowM3h = 50.0 };
        var state = source.InitialState;
        for (int year = 0; year < 10; year++)
            state = source.Drawdown(state, 200.0, 8760.0);
        double expectedC = 15.0 - 200e3 / (RhoCp * 50.0 / 3600.0);
        Assert.Equal(expectedC, state.TemperatureC, 9);
        Assert.Equal(11.5569, expectedC, 4);
    }

    [Fact]
    public void Without_a_reservoir_the_source_stays_at_its_undisturbed_temperature()
    {
        var source = new MineWaterSource { MaxFlowM3h = 100 };
        var state = source.Drawdown(source.InitialState, 5000.0, 8760.0);
        Assert.Equal(15.0, state.TemperatureC);
        Assert.Equal(5000.0 * 8760.0, state.HeatTakenKwh);
    }

    [Property(MaxTest = 200)]
    public bool Many_short_drawdown_steps_equal_one_long_step(int a, int b, int c)
    {
        // The solution is exact for constant heat, so ten 1 h steps compose to one 10 h step.
        var source = new MineWaterSource
        {
            MaxFlowM3h = 100,
            ReservoirVolumeM3 = HeatPumpPerformanceTests.Map(a, 1e3, 1e6),
            RechargeFlowM3h = HeatPumpPerformanceTests.Map(b, 0.0, 200.0),
        };
        double heatKw = HeatPumpPerformanceTests.Map(c, -2000.0, 2000.0);
        var stepwise = source.InitialState;
        for (int i = 0; i < 10; i++)
            stepwise = source.Drawdown(stepwise, heatKw, 1.0);
        var once = source.Drawdown(source.InitialState, heatKw, 10.0);
        return Math.Abs(stepwise.TemperatureC - once.TemperatureC) < 1e-9
            && Math.Abs(stepwise.HeatTakenKwh - once.HeatTakenKwh) < 1e-6;
    }
}
