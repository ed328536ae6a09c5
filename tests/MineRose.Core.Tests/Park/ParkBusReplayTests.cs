using MineRose.Core.Grid;
using MineRose.Core.Park;
using MineRose.Core.Pv;
using MineRose.Core.Storage;
using MineRose.Core.Weather;

namespace MineRose.Core.Tests.Park;

/// <summary>The park's electric bus (ParkSimulator's storage-and-grid step with its lean shaft step) against the rule written
/// out here with the public models: every storage and grid value of every hour the same to the last bit.</summary>
public class ParkBusReplayTests
{
    public static TheoryData<string> Parks => ["tou", "tou with battery", "self-consumption", "tou pilot"];

    private static ParkDesign Design(string park)
    {
        var design = new ParkDesign
        {
            Name = "bus replay",
            Site = Site.Dakuishan,
            PvPlants = [new PvPlant("phase I", new PvArraySpec { DcCapacityKw = 2600 }), new PvPlant("phase II", new PvArraySpec { DcCapacityKw = 8700 })],
            PumpedHydro = PumpedHydroPresets.DakuishanPhase2,
            OtherLoads = new OtherLoads(BaseKw: 300, DaytimeKw: 500),
            // Tight limits, so that unserved load and curtailment occur as well.
            GridConnection = new GridConnection { ImportLimitKw = 9_000, ExportLimitKw = 6_000 },
            Tariff = TestParks.ShandongTou(),
            Dispatch = DispatchStrategy.TimeOfUseArbitrage,
        };
        return park switch
        {
            "tou with battery" => design with { Battery = new BatterySpec { EnergyCapacityKwh = 8000, RatedPowerKw = 2000 } },
            "self-consumption" => design with { Dispatch = DispatchStrategy.SelfConsumption },
            "tou pilot" => design with { PumpedHydro = PumpedHydroPresets.DakuishanPilot },
            _ => design,
        };
    }

    [Theory]
    [MemberData(nameof(Parks))]
    public void A_park_year_on_the_bus_is_the_dispatch_rule_replayed_with_the_public_models_to_the_last_bit(string park)
    {
        var design = Design(park);
        var weather = DefaultWeather.Zibo();
        var year = ParkSimulator.SimulateYear(design, weather);
        var l = year.Ledger;

        // The replay: the public battery and shaft steps (the tabulated plant, as the park uses; its public Step searches the
        // reservoir tables afresh every hour instead of carrying the slices), and the rule of ParkSimulator's remarks.
        var periods = design.Tariff.On(weather.Grid).Periods;
        var hydro = new ShaftPumpedHydro(design.PumpedHydro!, tabulated: true);
        var hydroState = hydro.StateAtFill(0.5);
        var battery = design.Battery is { } b ? new Battery(b) : null;
        var batteryState = battery?.InitialState(0.5) ?? default;
        int moved = 0, clipped = 0;
        for (var i = 0; i < weather.Count; i++)
        {
            // The load before the shaft plant's dewatering is known (its series starts at 0), in ParkLedger.LoadKw's order.
            var loadKw = l.LightingKw[i] + l.HeatPumpElectricityKw[i] + l.CirculationPumpKw[i] + l.OtherLoadKw[i] + 0.0 + l.WaterTreatmentKw[i];
            var pvKw = l.PvAcKw[i];
            var surplusKw = pvKw - loadKw;
            var requestKw = -surplusKw;
            if (design.Dispatch == DispatchStrategy.TimeOfUseArbitrage)
            {
                if (periods[i] is TariffPeriod.Valley or TariffPeriod.DeepValley)
                    requestKw = -Math.Max(0, design.GridConnection.ImportLimitKw + surplusKw);
                else if (periods[i] is TariffPeriod.Peak or TariffPeriod.CriticalPeak)
                    requestKw = Math.Max(0, -surplusKw);
            }
            var batteryKw = 0.0;
            if (battery is not null)
            {
                var bs = battery.Step(batteryState, requestKw, 1.0);
                batteryState = bs.State;
                batteryKw = bs.PowerKw;
                Same(bs.StateOfCharge, l.BatteryStateOfCharge[i], i, "battery state of charge");
            }
            var h = hydro.Step(hydroState, requestKw - batteryKw, 1.0);
            hydroState = h.State;
            var hydroKw = h.GeneratedKwh / 1.0 - h.AbsorbedKwh / 1.0;
            var dewateringKw = h.DewateringEnergyKwh / 1.0;
            loadKw = l.LightingKw[i] + l.HeatPumpElectricityKw[i] + l.CirculationPumpKw[i] + l.OtherLoadKw[i] + dewateringKw + l.WaterTreatmentKw[i];
            var exchange = design.GridConnection.Exchange(loadKw - pvKw - batteryKw - hydroKw);

            Same(dewateringKw, l.DewateringKw[i], i, "dewatering");
            Same(h.MineWaterInflowM3, l.MineWaterInflowM3[i], i, "mine-water inflow");
            Same(h.DewateredWaterM3, l.DewateredWaterM3[i], i, "dewatered water");
            Same(h.State.UpperVolumeM3, l.UpperReservoirVolumeM3[i], i, "upper volume");
            Same(h.State.LowerVolumeM3, l.LowerReservoirVolumeM3[i], i, "lower volume");
            Same(Math.Max(0, hydroKw), l.PumpedHydroGenerateKw[i], i, "generating");
            Same(Math.Max(0, -hydroKw), l.PumpedHydroPumpKw[i], i, "pumping");
            Same(Math.Max(0, batteryKw), l.BatteryDischargeKw[i], i, "battery discharge");
            Same(Math.Max(0, -batteryKw), l.BatteryChargeKw[i], i, "battery charge");
            Same(exchange.ImportKw, l.GridImportKw[i], i, "import");
            Same(exchange.ExportKw, l.GridExportKw[i], i, "export");
            Same(exchange.UnservedKw, l.UnservedElectricKw[i], i, "unserved");
            Same(exchange.CurtailedKw, l.CurtailedKw[i], i, "curtailed");
            Same(pvKw + exchange.ImportKw + Math.Max(0, batteryKw) + Math.Max(0, hydroKw) + exchange.UnservedKw - loadKw
                - Math.Max(0, -batteryKw) - Math.Max(0, -hydroKw) - exchange.ExportKw - exchange.CurtailedKw, l.ElectricResidualKw[i], i, "residual");
            if (hydroKw != 0)
                moved++;
            if (exchange.UnservedKw + exchange.CurtailedKw > 0)
                clipped++;
        }
        // The year exercises what it claims to: the shaft moves water in many hours and the limits bind in some.
        Assert.True(moved > 1000, $"{moved} hours with shaft power");
        Assert.True(clipped > 0 || park == "tou pilot", $"{clipped} hours at a grid limit");
        Same(hydroState.UpperVolumeM3, l.UpperReservoirVolumeM3[^1], weather.Count - 1, "final upper volume");
    }

    // Bit for bit: the same double, not merely a close one.
    private static void Same(double expected, double actual, int hour, string what)
    {
        if (BitConverter.DoubleToInt64Bits(expected) != BitConverter.DoubleToInt64Bits(actual))
            Assert.Fail($"hour {hour}, {what}: replay {expected:R}, park {actual:R}");
    }
}
