using FsCheck.Xunit;
using MineRose.Core.Heat;

namespace MineRose.Core.Tests.Heat;

public class FreeCoolingTests
{
    [Fact]
    public void Counterflow_effectiveness_matches_the_closed_forms_of_Incropera()
    {
        // Bergman et al. [84], ε-NTU relations for counterflow (Sec. 11.4): C_r = 0 → ε = 1 − e^(−NTU); C_r = 1 → ε = NTU/(1 + NTU).
        Assert.Equal(1.0 - Math.Exp(-2.0), FreeCooling.CounterflowEffectiveness(2.0, 0.0), 12);
        Assert.Equal(0.5, FreeCooling.CounterflowEffectiveness(1.0, 1.0), 12);
        // NTU = 1, C_r = 0.5, written out: (1 − e^−0.5)/(1 − 0.5·e^−0.5) = 0.393469/0.696735 = 0.564733
        // (≈0.56 read from the counterflow effectiveness chart of [84]).
        Assert.Equal(0.564733, FreeCooling.CounterflowEffectiveness(1.0, 0.5), 6);
    }

    [Fact]
    public void Counterflow_effectiveness_is_continuous_at_balanced_flow()
    {
        Assert.Equal(FreeCooling.CounterflowEffectiveness(3.0, 1.0), FreeCooling.CounterflowEffectiveness(3.0, 1.0 - 1e-7), 5);
    }

    [Property(MaxTest = 300)]
    public bool Effectiveness_lies_between_zero_and_one_and_grows_with_transfer_units(int a, int b, int c)
    {
        double ntu = HeatPumpPerformanceTests.Map(a, 0.0, 10.0);
        double more = ntu + HeatPumpPerformanceTests.Map(b, 0.01, 5.0);
        double ratio = HeatPumpPerformanceTests.Map(c, 0.0, 1.0);
        double e = FreeCooling.CounterflowEffectiveness(ntu, ratio);
        return e >= 0.0 && e <= 1.0 && FreeCooling.CounterflowEffectiveness(more, ratio) > e;
    }

    [Theory]
    // Free cooling needs the loop warmer than the mine water by more than the approach (2 K here).
    [InlineData(25.0, 15.0, true)]
    [InlineData(17.5, 15.0, true)]
    [InlineData(17.0, 15.0, false)]
    [InlineData(15.0, 15.0, false)]
    [InlineData(12.0, 15.0, false)]
    public void Free_cooling_runs_only_when_the_mine_water_is_colder_than_the_loop_by_the_approach(double loopC, double mineC, bool possible)
    {
        Assert.Equal(possible, FreeCooling.IsPossible(loopC, mineC, 2.0));
    }

    [Fact]
    public void Mine_water_rise_is_the_effectiveness_share_of_the_inlet_difference_capped_at_the_return_limit()
    {
        // ε·(T_loop − T_mine) = 0.7 × 4 K = 2.8 K; with a 25 °C loop 0.7 × 10 = 7 K exceeds the 5 K permitted.
        Assert.Equal(2.8, FreeCooling.WaterTemperatureRiseK(0.7, 19.0, 15.0, 20.0), 12);
        Assert.Equal(5.0, FreeCooling.WaterTemperatureRiseK(0.7, 25.0, 15.0, 20.0), 12);
        Assert.Equal(0.0, FreeCooling.WaterTemperatureRiseK(0.7, 12.0, 15.0, 20.0));
    }
}
