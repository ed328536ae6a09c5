using MineRose.Core.Greenhouse;
using MineRose.Core.Heat;
using MineRose.Core.Park;
using MineRose.Core.Pv;
using MineRose.Core.Solar;
using MineRose.Core.Weather;

namespace MineRose.Core.Tests.Park;

/// <summary>A park that copies its greenhouse-and-heat block from the memo gets the year it would have simulated itself.</summary>
public class GreenhouseHeatMemoTests
{
    // A January week with a 500 kW heat pump for a 13,000 m² house: short of heat on the cold nights, so the block includes the
    // second greenhouse step at the heat actually supplied (the path most likely to differ if anything leaked).
    private static readonly WeatherSeries Winter = TestParks.Week(startDayOfYear: 10);

    // With CO₂ dosing (inside CO₂ varies with the vents) and a finite mine-water reservoir (its temperature falls as heat is
    // taken), so the copied CO₂ series and the block's end state matter to the stems and the reported water temperature.
    private static ParkDesign ShortOfHeat()
    {
        var park = TestParks.PhaseOneLike();
        return park with
        {
            Heat = new HeatPlant(new HeatPumpSpec { RatedHeatingKw = 500, RatedCoolingKw = 500 },
                new MineWaterSource { MaxFlowM3h = 250, ReservoirVolumeM3 = 50_000 }),
            Greenhouses = park.Greenhouses! with { House = park.Greenhouses.House with { Co2 = Co2Enrichment.DutchPractice } },
        };
    }

    private static void AssertSameYear(ParkYear expected, ParkYear actual)
    {
        var e = expected.Ledger.Columns;
        var a = actual.Ledger.Columns;
        Assert.Equal(e.Count, a.Count);
        for (int c = 0; c < e.Count; c++)
            Assert.True(e[c].Values.AsSpan().SequenceEqual(a[c].Values), e[c].Name + " differs");
        Assert.Equal(expected.RoseStems, actual.RoseStems);
        Assert.Equal(expected.GreenhouseIrrigationM3, actual.GreenhouseIrrigationM3);
        Assert.Equal(expected.MineWaterTemperatureC, actual.MineWaterTemperatureC);
        Assert.Equal(expected.Bill.NetCostCny, actual.Bill.NetCostCny);
    }

    private static ParkYear Fresh(ParkDesign design, WeatherSeries weather, SunPath sun) =>
        ParkSimulator.SimulateYear(design, weather, sun, new ParkLedger(weather.Grid));

    private static ParkYear WithMemo(ParkDesign design, WeatherSeries weather, SunPath sun, GreenhouseHeatMemo memo) =>
        ParkSimulator.SimulateYear(design, weather, sun, new ParkLedger(weather.Grid), memo);

    [Fact]
    public void A_park_that_copies_its_block_gets_the_year_it_simulates_without_the_memo()
    {
        var park = ShortOfHeat();
        var sun = PvChain.SunPathFor(SolarEphemeris.For(Winter.Grid), park.Site, Winter);
        var shortfall = Fresh(park, Winter, sun);
        Assert.True(shortfall.Ledger.EnergyKwh(shortfall.Ledger.UnservedHeatingKw) > 0, "the week should be short of heat somewhere");
        Assert.True(shortfall.MineWaterTemperatureC < park.Heat!.Source.TemperatureC, "the mine water should have cooled");

        var memo = new GreenhouseHeatMemo();
        AssertSameYear(shortfall, WithMemo(park, Winter, sun, memo));
        Assert.Equal((0, 1, 1), (memo.Hits, memo.Misses, memo.Count));
        // Another house in between leaves its own values in the thread's work arrays: the copy must not read them.
        _ = Fresh(park with { Greenhouses = park.Greenhouses! with { House = park.Greenhouses.House with { FloorAreaM2 = 5_000, Co2 = null } } }, Winter, sun);
        AssertSameYear(shortfall, WithMemo(park, Winter, sun, memo));
        Assert.Equal(1, memo.Hits);
    }

    [Fact]
    public void Parks_that_differ_only_on_the_electric_side_share_the_block_and_keep_their_own_electric_year()
    {
        var park = ShortOfHeat();
        // Other PV, no battery, another dispatch: the block (weather, houses, heat plant) is the same, the electric year is not.
        var other = park with
        {
            PvPlants = [new PvPlant("slopes", new PvArraySpec { DcCapacityKw = 7000 })],
            Battery = null,
            Dispatch = DispatchStrategy.TimeOfUseArbitrage,
        };
        var sun = PvChain.SunPathFor(SolarEphemeris.For(Winter.Grid), park.Site, Winter);
        var memo = new GreenhouseHeatMemo();
        _ = WithMemo(park, Winter, sun, memo);
        var copied = WithMemo(other, Winter, sun, memo);
        Assert.Equal(1, memo.Hits);
        AssertSameYear(Fresh(other, Winter, sun), copied);
    }

    [Fact]
    public void Another_weather_house_or_heat_plant_is_stepped_not_copied()
    {
        var park = ShortOfHeat();
        var summer = TestParks.Week();
        var biggerPump = park with { Heat = park.Heat! with { HeatPump = new HeatPumpSpec { RatedHeatingKw = 800, RatedCoolingKw = 800 } } };
        var biggerHouse = park with { Greenhouses = park.Greenhouses! with { House = park.Greenhouses.House with { FloorAreaM2 = 14_000 } } };
        // The same values in a new weather object: weather is matched by identity, so this is stepped as well (never wrong, only slower).
        var winterCopy = Winter with { };
        var memo = new GreenhouseHeatMemo();
        var sunWinter = PvChain.SunPathFor(SolarEphemeris.For(Winter.Grid), park.Site, Winter);
        var sunSummer = PvChain.SunPathFor(SolarEphemeris.For(summer.Grid), park.Site, summer);
        _ = WithMemo(park, Winter, sunWinter, memo);
        AssertSameYear(Fresh(park, summer, sunSummer), WithMemo(park, summer, sunSummer, memo));
        AssertSameYear(Fresh(biggerPump, Winter, sunWinter), WithMemo(biggerPump, Winter, sunWinter, memo));
        AssertSameYear(Fresh(biggerHouse, Winter, sunWinter), WithMemo(biggerHouse, Winter, sunWinter, memo));
        AssertSameYear(Fresh(park, winterCopy, sunWinter), WithMemo(park, winterCopy, sunWinter, memo));
        Assert.Equal((0, 5), (memo.Hits, memo.Misses));
    }

    [Fact]
    public void A_full_memo_keeps_nothing_more_and_a_zero_capacity_memo_keeps_nothing()
    {
        var park = ShortOfHeat();
        var sun = PvChain.SunPathFor(SolarEphemeris.For(Winter.Grid), park.Site, Winter);
        var none = new GreenhouseHeatMemo(capacity: 0);
        _ = WithMemo(park, Winter, sun, none);
        _ = WithMemo(park, Winter, sun, none);
        Assert.Equal((0, 2, 0), (none.Hits, none.Misses, none.Count));
        Assert.Throws<InvalidInputException>(() => new GreenhouseHeatMemo(capacity: -1));
    }
}
