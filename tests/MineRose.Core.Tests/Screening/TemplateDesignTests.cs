using MineRose.Core.Grid;
using MineRose.Core.Heat;
using MineRose.Core.Mines;
using MineRose.Core.Park;
using MineRose.Core.Pv;
using MineRose.Core.Screening;
using MineRose.Core.Weather;
using MineRose.Core.Crops;
using MineRose.Core.Greenhouse;

namespace MineRose.Core.Tests.Screening;

/// <summary>The template rules against designs computed by hand in each test.</summary>
public sealed class TemplateDesignTests
{
    private static readonly ParkDesign Template = new()
    {
        Name = "template",
        Site = Site.Dakuishan,
        PvPlants = [new PvPlant("pv", new PvArraySpec { DcCapacityKw = 1000, Geometry = new ArrayGeometry { GroundCoverageRatio = 0.4 } })],
        Heat = new HeatPlant(new HeatPumpSpec { RatedHeatingKw = 1500, RatedCoolingKw = 1500 }, new MineWaterSource { MaxFlowM3h = 200 }),
        Greenhouses = new RoseHouses(GreenhouseSpec.Dakuishan(13_000), RoseCropSpec.ModernSoilless, HouseType.GlassHouse),
        GridConnection = new GridConnection { ImportLimitKw = 3000, ExportLimitKw = 2600 },
        Tariff = MineRose.Core.Tests.Park.TestParks.ShandongTou(),
    };

    private static CandidateMine Mine(double? leaseKm2 = 4, double? landHa = null, double? depthM = 400, MineType type = MineType.Underground,
        double? flowM3h = null, double? waterC = null) => new()
    {
        Name = "Test mine",
        LatitudeDeg = 36.0,
        LongitudeDeg = 113.0,
        Status = MineStatus.Closed,
        MineType = type,
        DepthM = depthM,
        MineSizeKm2 = leaseKm2,
        LandAvailableHa = landHa,
        MineWaterInflowM3H = flowM3h,
        MineWaterTemperatureC = waterC,
        Source = "test",
    };

    [Fact]
    public void Pv_greenhouse_and_heat_pumps_follow_the_rules_for_a_4_km2_lease()
    {
        var d = TemplateDesign.For(new ScreeningTemplate(), Template, Mine(), elevationM: 150);

        // Land: 5 % of 4 km² = 0.05 × 400 ha = 20 ha (under the 100 ha cap).
        Assert.Equal(20, d.UsableLandHa, 9);
        // PV: 20 ha × 0.6 × (10,000 m²/ha × GCR 0.4 × 0.2 kWp/m² = 800 kWp/ha) = 9,600 kWp.
        Assert.Equal(9600, d.PvDcKw);
        // Greenhouse by land: 20 ha × 0.2 × 10,000 = 40,000 m². By water: 999.1 kg/m³ × 4186 J/(kg K) × 200/3600 m³/s × 5 K
        // = 1,161.8 kW from the water, × COP/(COP − 1) = 4/3 → 1,549.0 kW of heat; / 0.115 kW/m² = 13,469.8 m² → 13,469 m².
        Assert.Equal(13_469, d.GreenhouseAreaM2);
        // Heat pumps: 13,469 m² × 0.115 kW/m² = 1,548.9 → 1,549 kW.
        Assert.Equal(1549, d.HeatPumpHeatingKw);
        Assert.Contains(d.Flags, f => f.Contains("limited by the mine water", StringComparison.Ordinal));
        Assert.Contains(d.Flags, f => f.StartsWith("mine-water flow unknown", StringComparison.Ordinal));
        var design = d.Design!;
        Assert.Equal(9600, design.PvCapacityKw);
        Assert.Equal(13_469, design.Greenhouses!.House.FloorAreaM2);
        Assert.Equal(36.0, design.Site.LatitudeDeg);
        Assert.Equal(150, design.Site.ElevationM);
        // Grid: import 1.2 × 9,600 = 11,520 kW, export 9,600 kW.
        Assert.Equal(11_520, design.GridConnection.ImportLimitKw);
        Assert.Equal(9_600, design.GridConnection.ExportLimitKw);
        design.Validated();
    }

    [Fact]
    public void Shaft_storage_is_sized_from_the_depth_and_the_assumed_volume()
    {
        var d = TemplateDesign.For(new ScreeningTemplate(), Template, Mine(depthM: 400), 150);

        // Q = 20,000 m³ / (4 h × 3600 s/h) = 1.3889 m³/s; P = 999.1 × 9.80665 × 1.3889 × 400 × 0.85 / 1000 = 4,626.6 kW → 4,626 kW, one unit.
        Assert.Equal(400, d.ShaftHeadM);
        Assert.Equal(4626, d.PumpedHydroKw);
        Assert.Equal(4626 * 4, d.PumpedHydroKwh);
        var spec = d.Design!.PumpedHydro!;
        Assert.Equal(1, spec.UnitCount);
        // Penstock D = √(4 × 1.3889 / (π × 3 m/s)) = 0.7678 m.
        Assert.Equal(0.7678, spec.Penstock.DiameterM, 4);
        Assert.DoesNotContain(spec.Validate(), w => w.Contains("shorter", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, MineType.Underground, "depth unknown")]
    [InlineData(30.0, MineType.Underground, "below min_head_m")]
    [InlineData(400.0, MineType.Surface, "not an underground mine")]
    public void No_shaft_storage_without_a_known_deep_enough_underground_shaft_and_the_flag_says_why(double? depthM, MineType type, string reason)
    {
        var d = TemplateDesign.For(new ScreeningTemplate(), Template, Mine(depthM: depthM, type: type), 150);
        Assert.Null(d.Design!.PumpedHydro);
        Assert.Equal(0, d.PumpedHydroKw);
        Assert.Contains(d.Flags, f => f.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void A_deep_shaft_is_used_only_down_to_the_maximum_head_and_flagged()
    {
        var d = TemplateDesign.For(new ScreeningTemplate(), Template, Mine(depthM: 900), 150);
        Assert.Equal(600, d.ShaftHeadM);
        Assert.Contains(d.Flags, f => f.StartsWith("shaft head capped", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_land_gives_no_park_and_a_flag_never_a_silent_guess()
    {
        var d = TemplateDesign.For(new ScreeningTemplate(), Template, Mine(leaseKm2: null), 150);
        Assert.Null(d.Design);
        Assert.Contains(d.Flags, f => f.StartsWith("land unknown", StringComparison.Ordinal));

        var assumed = TemplateDesign.For(new ScreeningTemplate { UnknownLandHa = 10 }, Template, Mine(leaseKm2: null), 150);
        Assert.Equal(10, assumed.UsableLandHa);
        Assert.Contains(assumed.Flags, f => f.Contains("unknown_land_ha = 10 ha assumed", StringComparison.Ordinal));
    }

    [Fact]
    public void Listed_land_and_mine_water_are_used_as_given_without_flags()
    {
        var d = TemplateDesign.For(new ScreeningTemplate(), Template, Mine(landHa: 10, flowM3h: 400, waterC: 18), 150);
        Assert.Equal(10, d.UsableLandHa);
        Assert.DoesNotContain(d.Flags, f => f.Contains("unknown", StringComparison.Ordinal) && f.Contains("mine-water", StringComparison.Ordinal) && !f.Contains("inflow", StringComparison.Ordinal));
        var source = d.Design!.Heat!.Source;
        Assert.Equal(400, source.MaxFlowM3h);
        Assert.Equal(18, source.TemperatureC);
        Assert.Equal(13, source.MinReturnTemperatureC);
        // 10 ha × 0.2 = 20,000 m² by land; 400 m³/h heats 2 × 13,469.8 m², so land limits.
        Assert.Equal(20_000, d.GreenhouseAreaM2);
    }

    [Fact]
    public void A_battery_is_added_only_when_the_template_asks()
    {
        Assert.Null(TemplateDesign.For(new ScreeningTemplate(), Template, Mine(), 150).Design!.Battery);
        var d = TemplateDesign.For(new ScreeningTemplate { BatteryPowerPerPvKw = 0.25, BatteryHours = 2 }, Template, Mine(), 150);
        // 0.25 × 9,600 kWp = 2,400 kW; × 2 h = 4,800 kWh.
        Assert.Equal(2400, d.Design!.Battery!.RatedPowerKw);
        Assert.Equal(4800, d.BatteryKwh);
    }

    [Fact]
    public void Shares_of_the_land_above_one_are_refused_naming_the_rule()
    {
        var e = Assert.Throws<InvalidInputException>(() => new ScreeningTemplate { PvLandShare = 0.8, GreenhouseLandShare = 0.3 }.Validated());
        Assert.Contains("greenhouse_land_share", e.Message, StringComparison.Ordinal);
    }
}
