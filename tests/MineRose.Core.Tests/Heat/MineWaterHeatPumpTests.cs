using FsCheck.Xunit;
using MineRose.Core.Heat;

namespace MineRose.Core.Tests.Heat;

public class MineWaterHeatPumpTests
{
    // ρ·c_p of water per m³/h and K, written out: 999.1 kg/m³ × 4186 J/(kg·K) / 3.6×10⁶ = 1.161731 kW/(m³/h·K).
    private const double KwPerM3hK = 999.1 * 4186.0 / 3.6e6;

    private static MineWaterHeatPump Plant(double ratedKw = 1500.0, double maxFlowM3h = 1000.0, bool freeCooling = true) =>
        new(new HeatPumpSpec { RatedHeatingKw = ratedKw, RatedCoolingKw = ratedKw, HasFreeCooling = freeCooling },
            new MineWaterSource { MaxFlowM3h = maxFlowM3h });

    [Fact]
    public void A_1_5_MW_unit_supplying_40_C_needs_about_200_m3_per_h_at_a_5_K_change()
    {
        // FACTS.md [81]: "A 1.5 MW unit needs ≈200 m³/h at ΔT 5 K".
        var step = Plant().Heat(1500.0, 40.0, 15.0);
        Assert.Equal(ThermalLimit.None, step.Limit);
        Assert.InRange(step.WaterFlowM3h, 190.0, 210.0);
        // Flow written out: Q·(1 − 1/COP) / (ρ·c_p·ΔT).
        double expectedM3h = 1500.0 * (1.0 - 1.0 / step.FullLoadCop) / (KwPerM3hK * 5.0);
        Assert.Equal(expectedM3h, step.WaterFlowM3h, 9);
    }

    [Fact]
    public void Heating_is_capped_by_the_heat_the_water_flow_can_give()
    {
        var step = Plant(maxFlowM3h: 100.0).Heat(1500.0, 40.0, 15.0);
        // 100 m³/h × 1.161731 kW/(m³/h·K) × 5 K = 580.87 kW from the water; heat = that / (1 − 1/COP).
        double expectedKw = 100.0 * KwPerM3hK * 5.0 / (1.0 - 1.0 / step.FullLoadCop);
        Assert.Equal(ThermalLimit.WaterFlow, step.Limit);
        Assert.Equal(expectedKw, step.DeliveredKw, 9);
        Assert.Equal(100.0, step.WaterFlowM3h, 9);
    }

    [Fact]
    public void Heating_is_capped_by_the_compressor_rating()
    {
        var step = Plant().Heat(2000.0, 40.0, 15.0);
        Assert.Equal(ThermalLimit.CompressorRating, step.Limit);
        Assert.Equal(1500.0, step.DeliveredKw);
        Assert.Equal(1500.0 / step.FullLoadCop, step.CompressorElectricityKw, 9);
        Assert.Equal(0.0, step.CyclingLossKw);
    }

    [Fact]
    public void No_heat_is_taken_when_the_mine_water_is_down_to_the_minimum_return_temperature()
    {
        var step = Plant().Heat(500.0, 40.0, 10.0);
        Assert.Equal(ThermalLimit.SourceTemperature, step.Limit);
        Assert.Equal(0.0, step.DeliveredKw);
        Assert.Equal(0.0, step.ElectricityKw);
        Assert.Equal(0.0, step.WaterFlowM3h);
    }

    [Fact]
    public void Below_the_minimum_part_load_the_unit_cycles_with_EN_14825_degradation()
    {
        // Rated 1000 kW, minimum 25 % = 250 kW; 100 kW asked: CR = 0.4, PLF = 0.4/(0.9×0.4 + 0.1) = 0.869565 [83].
        // Electricity = 100/(COP·PLF) = (0.9×100 + 0.1×250)/COP = 115/COP; loss = 15/COP.
        var step = Plant(ratedKw: 1000.0).Heat(100.0, 40.0, 15.0);
        Assert.Equal(100.0, step.DeliveredKw);
        Assert.Equal(115.0 / step.FullLoadCop, step.CompressorElectricityKw, 9);
        Assert.Equal(15.0 / step.FullLoadCop, step.CyclingLossKw, 9);
        Assert.Equal(100.0 * (1.0 - 1.0 / step.FullLoadCop), step.HeatFromWaterKw, 9);
    }

    [Fact]
    public void Mine_water_pumping_costs_rho_g_head_flow_over_efficiency()
    {
        var step = Plant().Heat(1500.0, 40.0, 15.0);
        // Default head 30 m and efficiency 0.7: ρ·g·H/η per m³/s.
        double expectedKw = 999.1 * 9.80665 * 30.0 / 0.7 * (step.WaterFlowM3h / 3600.0) / 1000.0;
        Assert.Equal(expectedKw, step.PumpElectricityKw, 9);
    }

    [Fact]
    public void A_heating_supply_the_unit_cannot_reach_above_cop_1_is_refused_by_name()
    {
        var plant = new MineWaterHeatPump(
            new HeatPumpSpec { RatedHeatingKw = 100, RatedCoolingKw = 100, HeatingCarnotEfficiency = 0.1 },
            new MineWaterSource { MaxFlowM3h = 100 });
        var ex = Assert.Throws<InvalidInputException>(() => plant.Heat(50.0, 85.0, 15.0));
        Assert.Equal("supplyTemperatureC", ex.Field);
    }

    [Property(MaxTest = 500)]
    public bool Heating_conserves_energy_and_respects_every_limit(int a, int b, int c, int d, int e)
    {
        var plant = Plant(ratedKw: Map(a, 100.0, 3000.0), maxFlowM3h: Map(b, 20.0, 600.0));
        double requestKw = Map(c, 0.0, 4000.0);
        var step = plant.Heat(requestKw, Map(d, 25.0, 60.0), Map(e, 8.0, 20.0));
        double refrigerantWorkKw = step.CompressorElectricityKw - step.CyclingLossKw;
        bool conserved = Math.Abs(step.DeliveredKw - (refrigerantWorkKw + step.HeatFromWaterKw)) <= 1e-9 * Math.Max(1.0, requestKw);
        return conserved
            && step.DeliveredKw <= requestKw
            && step.DeliveredKw <= plant.Spec.RatedHeatingKw
            && step.WaterFlowM3h <= plant.Source.MaxFlowM3h * (1 + 1e-12)
            && step.HeatFromWaterKw >= 0.0
            && step.CyclingLossKw >= -1e-12
            && (step.Limit != ThermalLimit.None || step.DeliveredKw == requestKw);
    }

    [Fact]
    public void Free_cooling_covers_a_small_load_paying_only_for_the_pump()
    {
        // Loop at 25 °C, mine water 15 °C: rise = min(0.7 × 10 K, 20 − 15 K) = 5 K; 100 kW needs 100/(1.161731 × 5) m³/h.
        var step = Plant().Cool(100.0, 7.0, 25.0, 15.0);
        double flowM3h = 100.0 / (KwPerM3hK * 5.0);
        Assert.Equal(ThermalLimit.None, step.Limit);
        Assert.Equal(100.0, step.FreeCoolingKw, 9);
        Assert.Equal(0.0, step.CompressorElectricityKw);
        Assert.Equal(flowM3h, step.WaterFlowM3h, 9);
        Assert.Equal(CirculationPump.ElectricPowerKw(flowM3h, 30.0, 0.7), step.PumpElectricityKw, 9);
        Assert.Equal(-100.0, step.HeatFromWaterKw, 9);
    }

    [Theory]
    // Loop within the 2 K approach of the 15 °C mine water, or colder than it: no free cooling.
    [InlineData(16.5)]
    [InlineData(12.0)]
    public void Free_cooling_is_refused_when_the_mine_water_is_not_colder_than_the_loop_by_the_approach(double loopC)
    {
        var step = Plant().Cool(300.0, 7.0, loopC, 15.0);
        Assert.Equal(0.0, step.FreeCoolingKw);
        Assert.Equal(300.0, step.DeliveredKw, 9);
        Assert.True(step.CompressorElectricityKw > 0.0);
    }

    [Fact]
    public void Mechanical_cooling_rejects_cold_plus_compressor_work_into_the_mine_water()
    {
        var step = Plant(freeCooling: false).Cool(500.0, 7.0, 25.0, 15.0);
        // EER = 0.477 × (7 − 3 + 273.15) / ((20 + 3) − (7 − 3)) = 0.477 × 277.15 / 19 = 6.9579.
        double eer = 0.477 * 277.15 / 19.0;
        Assert.Equal(eer, step.FullLoadCop, 9);
        Assert.Equal(-(500.0 + 500.0 / eer), step.HeatFromWaterKw, 9);
        Assert.Equal((500.0 + 500.0 / eer) / (KwPerM3hK * 5.0), step.WaterFlowM3h, 9);
        Assert.Equal(0.0, step.FreeCoolingKw);
    }

    [Fact]
    public void Cooling_is_capped_by_the_permitted_return_temperature_rise_of_the_flow()
    {
        var step = Plant(freeCooling: false, maxFlowM3h: 50.0).Cool(1000.0, 7.0, 25.0, 15.0);
        // 50 m³/h warmed by 5 K carries 290.43 kW = Q·(1 + 1/EER).
        double expectedKw = 50.0 * KwPerM3hK * 5.0 / (1.0 + 1.0 / step.FullLoadCop);
        Assert.Equal(ThermalLimit.WaterFlow, step.Limit);
        Assert.Equal(expectedKw, step.DeliveredKw, 9);
        Assert.Equal(50.0, step.WaterFlowM3h, 9);
    }

    [Fact]
    public void Cooling_is_capped_by_the_compressor_rating()
    {
        var step = Plant(ratedKw: 400.0, freeCooling: false).Cool(1000.0, 7.0, 25.0, 15.0);
        Assert.Equal(ThermalLimit.CompressorRating, step.Limit);
        Assert.Equal(400.0, step.DeliveredKw, 9);
    }

    [Fact]
    public void No_cooling_when_the_mine_water_is_already_at_its_return_limit()
    {
        var step = Plant().Cool(500.0, 7.0, 21.0, 20.0);
        Assert.Equal(ThermalLimit.SourceTemperature, step.Limit);
        Assert.Equal(0.0, step.DeliveredKw);
    }

    [Fact]
    public void A_load_beyond_free_cooling_is_met_with_the_least_compressor_work()
    {
        // Loop 19 °C, mine water 15 °C: free cooling warms the water 2.8 K, the condenser 5 K.
        var plant = Plant(maxFlowM3h: 200.0);
        var step = plant.Cool(800.0, 7.0, 19.0, 15.0);
        Assert.Equal(ThermalLimit.None, step.Limit);
        Assert.Equal(800.0, step.DeliveredKw, 9);

        // Independent search: split 200 m³/h between free (2.8 K) and compressor (5 K at Q(1 + 1/EER)) and keep the
        // smallest compressor flow that meets 800 kW.
        double eer = step.FullLoadCop;
        double freePerM3h = KwPerM3hK * 2.8;
        double mechanicalPerM3h = KwPerM3hK * 5.0 / (1.0 + 1.0 / eer);
        double bestMechanicalKw = double.NaN;
        for (double mechanicalM3h = 0.0; mechanicalM3h <= 200.0; mechanicalM3h += 0.001)
        {
            if (freePerM3h * (200.0 - mechanicalM3h) + mechanicalPerM3h * mechanicalM3h >= 800.0)
            {
                bestMechanicalKw = mechanicalPerM3h * mechanicalM3h;
                break;
            }
        }

        Assert.Equal(bestMechanicalKw, 800.0 - step.FreeCoolingKw, 1);
        Assert.Equal(200.0, step.WaterFlowM3h, 9);
    }

    [Property(MaxTest = 500)]
    public bool Cooling_conserves_energy_and_free_cools_only_when_physically_possible(int a, int b, int c, int d, int e, int f)
    {
        var plant = Plant(ratedKw: Map(a, 100.0, 3000.0), maxFlowM3h: Map(b, 20.0, 600.0));
        double requestKw = Map(c, 0.0, 4000.0);
        double loopC = Map(e, 8.0, 35.0);
        double mineC = Map(f, 8.0, 22.0);
        var step = plant.Cool(requestKw, Map(d, 4.0, 14.0), loopC, mineC);
        double refrigerantWorkKw = step.CompressorElectricityKw - step.CyclingLossKw;
        double mechanicalKw = step.DeliveredKw - step.FreeCoolingKw;
        bool conserved = Math.Abs(-step.HeatFromWaterKw - (step.DeliveredKw + refrigerantWorkKw)) <= 1e-9 * Math.Max(1.0, requestKw);
        bool freeOnlyWhenPossible = step.FreeCoolingKw == 0.0 || loopC - mineC > plant.Spec.FreeCoolingApproachK;
        return conserved
            && freeOnlyWhenPossible
            && step.DeliveredKw <= requestKw * (1 + 1e-12)
            && mechanicalKw <= plant.Spec.RatedCoolingKw * (1 + 1e-12)
            && step.FreeCoolingKw >= 0.0
            && step.WaterFlowM3h <= plant.Source.MaxFlowM3h * (1 + 1e-12)
            && (step.Limit != ThermalLimit.None || Math.Abs(step.DeliveredKw - requestKw) <= 1e-9 * Math.Max(1.0, requestKw));
    }

    [Fact]
    public void Years_of_heat_extraction_draw_the_reservoir_down_until_the_flow_limits_the_heat()
    {
        // 1 MW for eight years from a 2,000,000 m³ reservoir with 20 m³/h recharge: the water cools towards the
        // 10 °C return limit and the heat the flow can give falls.
        var source = new MineWaterSource { MaxFlowM3h = 150.0, ReservoirVolumeM3 = 2_000_000.0, RechargeFlowM3h = 20.0 };
        var plant = new MineWaterHeatPump(new HeatPumpSpec { RatedHeatingKw = 1000.0, RatedCoolingKw = 1000.0 }, source);
        var state = source.InitialState;
        double firstYearKwh = 0.0;
        double lastYearKwh = 0.0;
        for (int hour = 0; hour < 8 * 8760; hour++)
        {
            var step = plant.Heat(1000.0, 40.0, state.TemperatureC);
            if (hour < 8760)
                firstYearKwh += step.DeliveredKw;
            if (hour >= 7 * 8760)
                lastYearKwh += step.DeliveredKw;
            state = source.Drawdown(state, step.HeatFromWaterKw, 1.0);
            Assert.True(state.TemperatureC >= source.MinReturnTemperatureC - 1e-9);
        }

        Assert.True(state.TemperatureC < 14.0);
        Assert.True(lastYearKwh < firstYearKwh);
    }

    private static double Map(int x, double lo, double hi) => HeatPumpPerformanceTests.Map(x, lo, hi);
}
