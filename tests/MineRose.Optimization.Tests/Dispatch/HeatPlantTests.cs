using MineRose.Core.Heat;
using MineRose.Core.Park;
using MineRose.Optimization.Dispatch;

namespace MineRose.Optimization.Tests.Dispatch;

public sealed class HeatPlantTests
{
    // Hours of heating only: no PV, no store, the heat plant alone on the bus.
    private static DispatchInputs HeatOnly(double[] pricesCnyPerKwh, HeatPlantSeries heat, GreenhouseFlexibility? greenhouse = null) => new()
    {
        StepHours = 1,
        PvAcKwPerKwp = new double[pricesCnyPerKwh.Length],
        PvCapacityKw = 0,
        FixedLoadKw = new double[pricesCnyPerKwh.Length],
        ImportPriceCnyPerKwh = pricesCnyPerKwh,
        ExportPriceCnyPerKwh = new double[pricesCnyPerKwh.Length],
        ImportLimitKw = 10_000,
        ExportLimitKw = 0,
        Heat = heat,
        Greenhouse = greenhouse,
    };

    private static HeatPlantSeries Series(double[] heatKw, double cop, double boilerKw = 0, double boilerCnyPerKwh = 0, double ratedKw = 1000) => new()
    {
        HeatingDemandKw = heatKw,
        CoolingDemandKw = new double[heatKw.Length],
        HeatingCop = [.. heatKw.Select(_ => cop)],
        CoolingEer = new double[heatKw.Length],
        RatedHeatingKw = ratedKw,
        BoilerKw = boilerKw,
        BoilerCnyPerKwh = boilerCnyPerKwh,
    };

    [Fact]
    public void One_hour_of_heat_at_a_known_cop_costs_the_hand_computed_electricity()
    {
        // By hand: 400 kW of heat at COP 4 takes 400 / 4 = 100 kW for one hour; at 0.5 CNY/kWh that is 50 CNY.
        using var model = DispatchModel.Build(HeatOnly([0.5], Series([400], 4)), new DispatchOptions());
        var s = model.Solve();

        Assert.Equal("OPTIMAL", s.Report.Status);
        Assert.Empty(s.Report.Slack);
        Assert.Equal(400.0, s.HeatPumpHeatKw[0], 6);
        Assert.Equal(100.0, s.HeatPlantElectricityKw[0], 6);
        Assert.Equal(100.0, s.GridImportKw[0], 6);
        Assert.Equal(50.0, s.Report.ObjectiveCny, 6);
    }

    [Fact]
    public void The_boiler_takes_over_where_heat_pump_heat_costs_more_than_fuel()
    {
        // By hand: at 1.2 CNY/kWh and COP 4 a kWh of heat-pump heat costs 0.30 CNY, a boiler kWh 0.25 CNY: the 300 kW boiler runs
        // flat out and the heat pumps make the other 100 kW (25 kW of electricity): 25·1.2 + 300·0.25 = 30 + 75 = 105 CNY.
        using var model = DispatchModel.Build(HeatOnly([1.2], Series([400], 4, boilerKw: 300, boilerCnyPerKwh: 0.25)), new DispatchOptions());
        var s = model.Solve();

        Assert.Equal(300.0, s.BoilerHeatKw[0], 6);
        Assert.Equal(100.0, s.HeatPumpHeatKw[0], 6);
        Assert.Equal(25.0, s.GridImportKw[0], 6);
        Assert.Equal(105.0, s.Report.ObjectiveCny, 6);
    }

    [Fact]
    public void Heat_beyond_the_heat_pumps_is_reported_as_unserved_heat()
    {
        // 1,200 kW asked of 1,000 kW of heat pumps and no boiler: 200 kWh unserved.
        using var model = DispatchModel.Build(HeatOnly([0.5], Series([1200], 4)), new DispatchOptions());
        var s = model.Solve();

        var slack = Assert.Single(s.Report.Slack);
        Assert.Equal("heat_unserved", slack.Family);
        Assert.Equal(200.0, slack.Amount, 6);
    }

    [Fact]
    public void Lp_electricity_matches_the_simulators_heat_pump_at_full_load_including_the_mine_water_pump()
    {
        // The LP's coefficients against MineWaterHeatPump.Heat at the rating (no cycling above the minimum part load).
        var plant = new HeatPlant(new HeatPumpSpec { RatedHeatingKw = 1500, RatedCoolingKw = 1200 },
            new MineWaterSource { MaxFlowM3h = 400 }, HeatingSupplyTemperatureC: 45);
        var series = HeatPlantSeries.From(plant, [1000], [0], 0.25);
        // Independent: Carnot fraction 0.477 of the Carnot COP between T_cond = 45 + 3 = 48 °C and T_evap = 10 − 3 = 7 °C:
        // 0.477 · 321.15 / 41 = 3.7363 [80].
        Assert.Equal(0.477 * 321.15 / 41.0, series.HeatingCop[0], 9);

        using var model = DispatchModel.Build(HeatOnly([0.5], series), new DispatchOptions());
        var s = model.Solve();
        var step = new MineWaterHeatPump(plant.HeatPump, plant.Source).Heat(1000, 45, 15);
        Assert.Equal(step.ElectricityKw, s.HeatPlantElectricityKw[0], 6);
    }

    [Fact]
    public void Water_flow_caps_heat_pump_heat_as_the_simulator_does()
    {
        // 40 m³/h of 15 °C water cooled to 10 °C carries 40·1.1616·5 = 232.3 kW from the water; at COP 3.736 each kW of heat
        // takes 1 − 1/3.736 of it, so the heat is capped near 317 kW: the simulator's cap, and the LP's.
        var plant = new HeatPlant(new HeatPumpSpec { RatedHeatingKw = 1500, RatedCoolingKw = 1200 }, new MineWaterSource { MaxFlowM3h = 40 });
        var series = HeatPlantSeries.From(plant, [1000], [0], 0.25);
        using var model = DispatchModel.Build(HeatOnly([0.5], series), new DispatchOptions());
        var s = model.Solve();
        var step = new MineWaterHeatPump(plant.HeatPump, plant.Source).Heat(1000, 45, 15);

        Assert.Equal(ThermalLimit.WaterFlow, step.Limit);
        Assert.Equal(step.DeliveredKw, s.HeatPumpHeatKw[0], 6);
        double kwPerM3hK = 999.1 * 4186.0 / 3.6e6;
        double cop = 0.477 * 321.15 / 41.0;
        Assert.Equal(40 * kwPerM3hK * 5 / (1 - 1 / cop), s.HeatPumpHeatKw[0], 6);
    }

    [Fact]
    public void Free_cooling_runs_before_the_compressor_within_its_exchanger_limit()
    {
        // Loop back at 20 °C, mine water at 15 °C, ε = 0.7, approach 2 K: free cooling warms the water by 0.7·5 = 3.5 K (below
        // the 20 °C return limit), k_f = 3.5·1.1616 = 4.066 kW per m³/h. The compressor (EER 0.477·282.15/14 = 9.61) warms it by
        // 5 K: k_m = 5·1.1616/(1 + 1/9.61) = 5.26 kW per m³/h. 600 kW from 130 m³/h: the most free cold that still fits,
        // Q_fc·(1/k_f − 1/k_m) = 130 − 600/k_m, is ≈286 kW; the simulator splits the flow the same way.
        var plant = new HeatPlant(new HeatPumpSpec { RatedHeatingKw = 1500, RatedCoolingKw = 1200 }, new MineWaterSource { MaxFlowM3h = 130 });
        var series = HeatPlantSeries.From(plant, [0], [600], 0.25);
        double kwPerM3hK = 999.1 * 4186.0 / 3.6e6;
        Assert.Equal(kwPerM3hK * 3.5, series.FreeCoolingKwPerM3h, 9);
        var inputs = HeatOnly([0.5], series);
        using var model = DispatchModel.Build(inputs, new DispatchOptions());
        var s = model.Solve();
        var step = new MineWaterHeatPump(plant.HeatPump, plant.Source).Cool(600, 12, 20, 15);

        Assert.Empty(s.Report.Slack);
        // The simulator meets the same 600 kW with the same split (most free cooling that still meets the request).
        Assert.Equal(600.0, step.DeliveredKw, 6);
        double free = HeatPlantConstraints.ValueOf(model.Heat!.FreeCoolingKw[0]);
        Assert.Equal(step.FreeCoolingKw, free, 3);
        double kf = kwPerM3hK * 3.5, eer = 0.477 * 282.15 / 14.0, km = kwPerM3hK * 5 / (1 + 1 / eer);
        Assert.Equal((130 - 600 / km) / (1 / kf - 1 / km), free, 3);
        Assert.Equal(step.ElectricityKw, s.HeatPlantElectricityKw[0], 3);
    }

    [Fact]
    public void The_greenhouse_is_pre_heated_in_the_cheap_hour_and_the_cost_falls_by_the_hand_computed_amount()
    {
        // Two hours of 100 kW demand at 0.2 then 1.0 CNY/kWh, COP 4, C = 50 kWh/K, UA = 10 kW/K, band [0, +2] K.
        // Held set-points: (100·0.2 + 100·1.0)/4 = 30 CNY. With θ: Q₀ = 100 + (50 + 10)·θ₀, Q₁ = 100 − 50·θ₀ + 60·θ₁.
        // Cost = 0.05·Q₀ + 0.25·Q₁ falls by 12.5 − 3 = 9.5 CNY per K of θ₀ up to θ₀ = 2 (where Q₁ = 0): θ₀ = 2, θ₁ = 0,
        // Q₀ = 220 kW, Q₁ = 0, cost 0.05·220 = 11 CNY: 19 CNY saved.
        var flex = new GreenhouseFlexibility { HeatCapacityKwhPerK = 50, ConductanceKwPerK = 10, MinOffsetK = 0, MaxOffsetK = 2 };
        using var held = DispatchModel.Build(HeatOnly([0.2, 1.0], Series([100, 100], 4)), new DispatchOptions());
        using var flexible = DispatchModel.Build(HeatOnly([0.2, 1.0], Series([100, 100], 4), flex), new DispatchOptions());
        var h = held.Solve();
        var f = flexible.Solve();

        Assert.Equal(30.0, h.Report.ObjectiveCny, 6);
        Assert.Equal(11.0, f.Report.ObjectiveCny, 6);
        Assert.Equal(2.0, f.HeatingSetPointOffsetK[0], 6);
        Assert.Equal(0.0, f.HeatingSetPointOffsetK[1], 6);
        Assert.Equal(220.0, f.HeatPumpHeatKw[0], 6);
        Assert.Equal(0.0, f.HeatPumpHeatKw[1], 6);
        Assert.Equal(19.0, h.Report.ObjectiveCny - f.Report.ObjectiveCny, 6);
    }

    [Fact]
    public void Without_a_price_spread_the_band_is_not_used()
    {
        // Flat price: pre-heating only adds UA·θ of losses, so θ stays 0 and the cost is the held one, 2·100/4·0.5 = 25 CNY.
        var flex = new GreenhouseFlexibility { HeatCapacityKwhPerK = 50, ConductanceKwPerK = 10, MaxOffsetK = 2 };
        using var model = DispatchModel.Build(HeatOnly([0.5, 0.5], Series([100, 100], 4), flex), new DispatchOptions());
        var s = model.Solve();

        Assert.Equal(25.0, s.Report.ObjectiveCny, 6);
        Assert.All(s.HeatingSetPointOffsetK, th => Assert.Equal(0.0, th, 6));
    }
}
