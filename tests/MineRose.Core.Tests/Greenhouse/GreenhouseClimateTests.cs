using FsCheck.Xunit;
using MineRose.Core.Greenhouse;

namespace MineRose.Core.Tests.Greenhouse;

public class GreenhouseClimateTests
{
    private const double RhoCp = 1.204 * 1005; // PhysicalConstants air density × specific heat [J/(m³·K)]

    /// <summary>A house without crop, screen or lamps (no vapour, no light): only cover transmission and leakage remain.</summary>
    private static GreenhouseSpec BareHouse(ThermalScreen? screen = null) =>
        GreenhouseSpec.StandardRose(10_000) with { LeafAreaIndex = 0, Screen = screen };

    private static GreenhouseStepResult SteadyNight(GreenhouseSpec spec, double outsideC, double windMs)
    {
        var state = GreenhouseState.Uniform(spec.SetPoints.HeatingNightC);
        var night = new GreenhouseWeather(outsideC, 0, windMs, 80, 1);
        GreenhouseStepResult r = default;
        for (var i = 0; i < 200; i++)
        {
            r = GreenhouseClimate.Step(spec, state, night, 1);
            state = r.Next;
        }
        return r;
    }

    [Fact]
    public void Steady_night_heat_demand_equals_UA_dT_plus_leakage_by_hand()
    {
        var r = SteadyNight(BareHouse(), outsideC: 0, windMs: 4);
        // By hand: cover U·A_c = 6.4 W/m²K × 1.3 m²/m² = 8.32 W/m²K (ASABE single glass, cover/floor 1.3);
        // leakage 0.5 ACH at 4 m/s × 4.5 m / 3600 s = 6.25e-4 m³/(m²·s) → ρc_p·φ = 1210.02 × 6.25e-4 = 0.7563 W/m²K;
        // ΔT = 17 K (night set-point 17 °C, outside 0 °C); floor 10,000 m².
        var expectedKw = (6.4 * 1.3 + RhoCp * 0.5 * 4.5 / 3600) * 17 * 10_000 / 1000;
        Assert.Equal(expectedKw, r.HeatingDemandKw, 1e-6 * expectedKw);
        Assert.Equal(17, r.InsideTemperatureC, 9);
    }

    [Fact]
    public void Leakage_grows_linearly_with_wind_as_in_Vanthoor()
    {
        var calm = SteadyNight(BareHouse(), 0, 0.1);
        var windy = SteadyNight(BareHouse(), 0, 8);
        // Vanthoor eq. 70: leakage ∝ max(v, 0.25 m/s): 0.5 × 0.25/4 = 0.03125 ACH at calm, 1.0 ACH at 8 m/s (0.5 ACH at 4 m/s).
        var cover = 6.4 * 1.3 * 17 * 10;
        // Tolerance 1e-8 relative: the smoothed vent controller is never exactly shut; 4 K below its band it opens ~1e-6 of its range.
        var calmKw = cover + RhoCp * 0.03125 * 4.5 / 3600 * 17 * 10;
        var windyKw = cover + RhoCp * 1.0 * 4.5 / 3600 * 17 * 10;
        Assert.Equal(calmKw, calm.HeatingDemandKw, 1e-8 * calmKw);
        Assert.Equal(windyKw, windy.HeatingDemandKw, 1e-8 * windyKw);
    }

    [Fact]
    public void A_drawn_screen_cuts_the_cover_loss_by_its_factor()
    {
        var r = SteadyNight(BareHouse(ThermalScreen.EnergyScreen), outsideC: 0, windMs: 4);
        Assert.True(r.ScreenDrawn);
        // By hand: 8.32 × (1 − 0.35) = 5.408 W/m²K through the screened cover, plus 0.7563 W/m²K leakage, × 17 K × 10,000 m².
        var expectedKw = (6.4 * 1.3 * 0.65 + RhoCp * 0.5 * 4.5 / 3600) * 17 * 10;
        Assert.Equal(expectedKw, r.HeatingDemandKw, 1e-6 * expectedKw);
        var warmNight = SteadyNight(BareHouse(ThermalScreen.EnergyScreen), outsideC: 12, windMs: 4);
        Assert.False(warmNight.ScreenDrawn); // GreenLight's rule: drawn only below 10 °C outside
    }

    [Fact]
    public void Less_heat_than_demanded_lets_the_air_fall_below_the_set_point()
    {
        var spec = GreenhouseSpec.StandardRose();
        var state = GreenhouseState.Uniform(17);
        var w = new GreenhouseWeather(-5, 0, 4, 80, 1);
        var full = GreenhouseClimate.Step(spec, state, w, 1);
        var half = GreenhouseClimate.Step(spec, state, w, 1, heatingSuppliedKw: full.HeatingDemandKw / 2);
        var none = GreenhouseClimate.Step(spec, state, w, 1, heatingSuppliedKw: 0);
        Assert.Equal(17, full.InsideTemperatureC, 9);
        Assert.Equal(0, full.UnservedHeatingKw, 9);
        Assert.True(half.InsideTemperatureC < 17 && none.InsideTemperatureC < half.InsideTemperatureC);
        Assert.Equal(full.HeatingDemandKw / 2, half.HeatingKw, 6);
        Assert.Equal(half.HeatingDemandKw - half.HeatingKw, half.UnservedHeatingKw, 9);
        Assert.Equal(0, none.HeatingKw);
    }

    [Fact]
    public void Ventilation_removes_heat_before_active_cooling()
    {
        var spec = GreenhouseSpec.Dakuishan();
        var state = GreenhouseState.Uniform(20);
        // Bright sun, cool outside: the vents open in their 4 K P-band above the 24 °C set-point (the proportional controller's
        // droop: the air floats between 24 and 28 °C), no cooling is spent, no shade is drawn (below 20 °C outside).
        var coolOutside = GreenhouseClimate.Step(spec, state, new GreenhouseWeather(10, 800, 3, 50, 12), 1);
        Assert.Equal(0, coolOutside.CoolingDemandKw);
        Assert.True(coolOutside.VentilationAch > spec.LeakageAch);
        Assert.False(coolOutside.ShadeDrawn);
        Assert.InRange(coolOutside.InsideTemperatureC, 24, 24 + GreenhouseClimate.VentilationPBandK);
        // Hot outside (above the 27 °C cooling set-point): the shade is drawn, vents cannot help, cooling holds 27 °C.
        var hotOutside = GreenhouseClimate.Step(spec, state, new GreenhouseWeather(33, 800, 3, 50, 12), 1);
        Assert.True(hotOutside.ShadeDrawn);
        Assert.True(hotOutside.CoolingDemandKw > 0);
        Assert.Equal(27, hotOutside.InsideTemperatureC, 6);
    }

    [Fact]
    public void Humidity_above_the_limit_raises_ventilation_and_costs_heat()
    {
        // A tight house (0.05 ACH) with lamps on, on a mild humid night: the lit crop transpires, leakage alone would let RH
        // rise above the 85 % day limit.
        var spec = GreenhouseSpec.StandardRose(lighting: SupplementaryLighting.RoseLed) with
        {
            LeakageAch = 0.05, Screen = null, Cover = GreenhouseCover.DoubleGlass,
        };
        var state = GreenhouseState.Uniform(17);
        var w = new GreenhouseWeather(8, 0, 2, 90, 3);
        GreenhouseStepResult r = default;
        for (var i = 0; i < 48; i++)
        {
            r = GreenhouseClimate.Step(spec, state, w, 1);
            state = r.Next;
        }
        Assert.True(r.HumidityVentilationAch > 0);
        Assert.True(r.HumidityVentilationHeatKw > 0);
        Assert.Equal(85, r.InsideRelativeHumidityPercent, 1); // the day limit (lamps on make it day)
        var unlimited = GreenhouseClimate.Step(spec with { SetPoints = spec.SetPoints with { MaxRelativeHumidityPercent = 100 } }, state, w, 1);
        Assert.True(r.HeatingDemandKw > unlimited.HeatingDemandKw);
    }

    [Fact]
    public void A_closed_cooled_house_holds_the_humidity_limit_on_the_cooling_coil()
    {
        // Hot, humid and bright outside (33 °C, 60 %, 800 W/m²): the Dakuishan house closes its vents and the mine-water
        // coil holds 27 °C; it also condenses what the crop transpires beyond what leakage carries out, holding 85 % RH.
        var spec = GreenhouseSpec.Dakuishan();
        var state = GreenhouseState.Uniform(27);
        var w = new GreenhouseWeather(33, 800, 3, 60, 12);
        GreenhouseStepResult r = default;
        for (var i = 0; i < 6; i++)
        {
            r = GreenhouseClimate.Step(spec, state, w, 1);
            state = r.Next;
        }
        Assert.Equal(27, r.InsideTemperatureC, 6);
        // The closing controller reaches 99 % at the cooling set-point (GreenLight's P-band convention): 1 % of the opening
        // the vents and the humidity limit would have stays open.
        var leakage = AirExchange.LeakageAch(spec.LeakageAch, 3);
        Assert.InRange(r.VentilationAch, leakage, leakage + 0.0101 * spec.MaxVentilationAch);
        Assert.InRange(r.HumidityVentilationAch, 0, 0.0101 * spec.MaxVentilationAch);
        Assert.InRange(r.InsideRelativeHumidityPercent, 84.5, 85.5);
        // The coil's latent load is the part of the transpiration's latent heat that does not leave as vapour.
        Assert.True(r.LatentLossKw < 2.45e6 * r.TranspirationKgM2H / 3600 * spec.FloorAreaM2 / 1000);
        Assert.Equal(0, r.BalanceResidualKw, 6);
    }

    [Property(MaxTest = 300)]
    public bool The_heat_balance_closes_in_every_step(int a, int b, int c, int d, int e, int f, int g)
    {
        static double Pick(int v, double lo, double hi) => lo + (hi - lo) * ((v & 0x7fffffff) % 10_001) / 10_000.0;
        var lighting = (f & 1) == 0 ? SupplementaryLighting.RoseLed : null;
        var spec = ((g & 1) == 0 ? GreenhouseSpec.Dakuishan() : GreenhouseSpec.StandardRose(lighting: lighting)) with
        {
            LeafAreaIndex = Pick(g, 0, 5),
            LeakageAch = Pick(e, 0, 2),
        };
        var state = new GreenhouseState(Pick(a, 5, 35), Pick(b, 5, 35), Pick(c, 0, 20));
        var w = new GreenhouseWeather(Pick(b, -20, 40), Pick(c, 0, 1000), Pick(d, 0, 15), Pick(e, 5, 100), Pick(f, 0, 23.9));
        double? supplied = (a & 2) == 0 ? null : Pick(d, 0, 2000);
        var step = (d & 1) == 0 ? 1.0 : 0.25;
        var r = GreenhouseClimate.Step(spec, state, w, step, supplied, supplied);
        var scale = Math.Abs(r.SolarGainKw) + Math.Abs(r.HeatingKw) + Math.Abs(r.TransmissionLossKw) + Math.Abs(r.StorageKw) + 1;
        return Math.Abs(r.BalanceResidualKw) < 1e-9 * scale
            && r.HeatingKw >= 0 && r.CoolingKw >= 0 && r.UnservedHeatingKw >= -1e-9
            && r.HumidityVentilationAch <= r.VentilationAch + 1e-9
            && r.InsideRelativeHumidityPercent is >= 0 and <= 100.000001;
    }

    [Fact]
    public void Quarter_hour_and_hourly_steps_give_the_same_year()
    {
        var spec = GreenhouseSpec.StandardRose();
        var hourly = GreenhouseYear.Simulate(spec, SyntheticClimate.Year(ClimateNormals.Amsterdam)).Summary;
        var quarter = GreenhouseYear.Simulate(spec, SyntheticClimate.Year(ClimateNormals.Amsterdam, stepsPerHour: 4)).Summary;
        Assert.Equal(hourly.HeatingMjPerM2, quarter.HeatingMjPerM2, 0.05 * hourly.HeatingMjPerM2);
        Assert.Equal(hourly.MeanInsideTemperatureC, quarter.MeanInsideTemperatureC, 0.3);
    }

    [Fact]
    public void Lamps_follow_the_window_the_sun_threshold_and_the_light_target()
    {
        var led = SupplementaryLighting.RoseLed with { DailyLightIntegralTargetMolM2 = 15 };
        Assert.True(LightingControl.IsOn(led, 3, 0, 0));        // inside 02:00–18:00, dark
        Assert.False(LightingControl.IsOn(led, 19, 0, 0));      // outside the window
        Assert.False(LightingControl.IsOn(led, 12, 250, 0));    // sun above 200 W/m²
        Assert.False(LightingControl.IsOn(led, 16, 50, 15.2));  // day's light target reached
        var overnight = led with { OnHourLocal = 22, PhotoperiodH = 8 };
        Assert.True(LightingControl.IsOn(overnight, 1, 0, 0));  // window wraps past midnight
    }

    [Fact]
    public void Lighting_energy_is_PPFD_over_efficacy_times_hours()
    {
        var spec = GreenhouseSpec.StandardRose(10_000, SupplementaryLighting.RoseLed);
        var r = GreenhouseYear.Simulate(spec, SyntheticClimate.Year(ClimateNormals.Amsterdam)).Summary;
        // 200 µmol/(m²·s) ÷ 2.8 µmol/J = 71.43 W/m²; × 10,000 m² × lamp hours.
        Assert.True(r.LampHours > 1000);
        Assert.Equal(200 / 2.8 * 10_000 / 1000 * r.LampHours, r.LightingKwh, 1e-6 * r.LightingKwh);
        Assert.Equal(200 * 3600e-6 * r.LampHours, r.LampParMolM2, 1e-6 * r.LampParMolM2);
    }

    [Fact]
    public void A_standard_rose_glasshouse_in_Amsterdam_weather_needs_900_to_1800_MJ_per_m2()
    {
        // Published band for European rose houses: 900–1,800 MJ/m²·yr [FACTS.md]; unlit and LED-lit both inside it.
        var lit = GreenhouseYear.Simulate(GreenhouseSpec.StandardRose(lighting: SupplementaryLighting.RoseLed),
            SyntheticClimate.Year(ClimateNormals.Amsterdam)).Summary;
        Assert.InRange(lit.HeatingMjPerM2, 900, 1800);
        // Without lamps the lamps' heat must come from the heating system.
        var unlit = GreenhouseYear.Simulate(GreenhouseSpec.StandardRose(), SyntheticClimate.Year(ClimateNormals.Amsterdam)).Summary;
        Assert.InRange(unlit.HeatingMjPerM2, 900, 1800);
        Assert.True(unlit.HeatingMjPerM2 > lit.HeatingMjPerM2);
    }

    [Fact]
    public void The_Dakuishan_regime_on_a_Jinan_year_needs_less_heat_than_the_Dutch_house()
    {
        var dutch = GreenhouseYear.Simulate(GreenhouseSpec.StandardRose(), SyntheticClimate.Year(ClimateNormals.Amsterdam)).Summary;
        var dakuishan = GreenhouseYear.Simulate(GreenhouseSpec.Dakuishan(), SyntheticClimate.Year(ClimateNormals.Jinan)).Summary;
        Assert.True(dakuishan.HeatingMjPerM2 < dutch.HeatingMjPerM2);
        Assert.InRange(dakuishan.HeatingMjPerM2, 300, 1800);
        // Held near 16 °C: the time-mean inside temperature lies between the heating (16) and cooling (27) set-points.
        Assert.InRange(dakuishan.MeanInsideTemperatureC, 16, 25);
        Assert.True(dakuishan.CoolingKwh > 0);
    }

    [Fact]
    public void A_missing_humidity_column_falls_back_to_the_FAO56_dew_point()
    {
        // FAO-56 eq. 48: e_a = e°(T_min); at T = 20 °C and T_min = 10 °C, RH = e°(10)/e°(20) = 1227.9/2338.8 = 52.5 %.
        Assert.Equal(52.5, Psychrometrics.RelativeHumidityFromDailyMinimumPercent(20, 10), 1);
        var noRh = SyntheticClimate.Constant(72, 5, 0, 3, null);
        var r = GreenhouseYear.Simulate(GreenhouseSpec.StandardRose(), noRh).Summary;
        Assert.True(double.IsFinite(r.HeatingKwh) && r.HeatingKwh > 0);
    }

    [Fact]
    public void Saturation_vapour_pressure_matches_the_FAO56_table_within_the_stated_accuracy()
    {
        // FAO-56 Annex 2, Table 2.3: e°(T) = 0.6108 kPa at 0 °C, 2.338 kPa at 20 °C, 4.243 kPa at 30 °C; Alduchov and
        // Eskridge state their Magnus fit is within 0.4 % from −40 to 50 °C, which is the tolerance here.
        Assert.Equal(610.8, Psychrometrics.SaturationVapourPressurePa(0), 0.004 * 610.8);
        Assert.Equal(2338, Psychrometrics.SaturationVapourPressurePa(20), 0.004 * 2338);
        Assert.Equal(4243, Psychrometrics.SaturationVapourPressurePa(30), 0.004 * 4243);
    }

    [Fact]
    public void Stanghellini_vapour_exchange_matches_a_hand_calculation()
    {
        // R = 300 W/m², LAI 3, VPD 500 Pa, CO₂ 800 ppm, Vanthoor's day constants (eq. 49 of Vanthoor et al. 2011):
        // rf(R) = (300 + 4.3)/(300 + 0.54); rf(CO₂) = 1 + 6.1e-7 × (800 − 200)²; rf(VPD) = 1 + 4.3e-6 × 500²;
        // r_s = 82 × rf(R) × rf(CO₂) × rf(VPD); VEC = 2 × 1.2 × 1000 × 3 / (2.45e6 × 65.8 × (275 + r_s)).
        var rs = 82 * (304.3 / 300.54) * (1 + 6.1e-7 * 360_000) * (1 + 4.3e-6 * 250_000);
        var expected = 7200 / (2.45e6 * 65.8 * (275 + rs));
        Assert.Equal(expected, CanopyTranspiration.StanghelliniVapourExchangeKgM2SPa(300, 3, 500, 800, 4800), 1e-15);
        Assert.Equal(0, CanopyTranspiration.StanghelliniVapourExchangeKgM2SPa(300, 0, 500, 800, 4800));
    }

    [Fact]
    public void Rose_night_transpiration_uses_the_leaf_resistance_Seginer_measured()
    {
        // Night (R = 0), VPD 300 Pa: Stanghellini's own night value is 82 × 4.3/0.54 × (1 + 1.1e-11·(420 − 200)²) × (1 + 5.2e-6 × 300²)
        // ≈ 962 s/m; Seginer (1984) weighed rose leaves at 2,400 s/m for both sides in parallel, i.e. 4,800 s/m per side.
        var stanghellini = 82 * (4.3 / 0.54) * (1 + 1.1e-11 * 220 * 220) * (1 + 5.2e-6 * 90_000);
        Assert.Equal(7200 / (2.45e6 * 65.8 * (275 + stanghellini)), CanopyTranspiration.StanghelliniVapourExchangeKgM2SPa(0, 3, 300, 420, 0), 1e-15);
        Assert.Equal(7200 / (2.45e6 * 65.8 * (275 + 4800)), CanopyTranspiration.StanghelliniVapourExchangeKgM2SPa(0, 3, 300, 420, 4800), 1e-15);
    }

    [Fact]
    public void Canopy_runs_colder_than_the_air_at_night_and_warmer_in_sun()
    {
        // Night, LAI 3, air 17 °C, cover 5 °C, no transpiration: h_c = 2 × 5 × 3 = 30 W/m²K (Vanthoor's α = 5 per leaf side);
        // h_r = 4σT̄³ × 0.85 × (1 − e^(−0.94 × 3)) at T̄ = 11 °C; ΔT = −h_r × 12 / (h_c + h_r).
        var tMean = 284.15;
        var hr = 4 * 5.670374e-8 * tMean * tMean * tMean * 0.85 * (1 - Math.Exp(-0.94 * 3));
        Assert.Equal(-hr * 12 / (30 + hr), CanopyTemperature.PenmanLinearisedDifferenceK(0, 3, 17, 5, 0.85, 0, 0), 1e-12);
        Assert.InRange(CanopyTemperature.PenmanLinearisedDifferenceK(0, 3, 17, 5, 0.85, 0, 0), -2, -1); // 1–2 K below air, as Seginer found
        Assert.True(CanopyTemperature.PenmanLinearisedDifferenceK(300, 3, 22, 18, 0.85, 5e-8, 800) > 0);
    }

    [Fact]
    public void Co2_dosing_holds_the_set_point_until_ventilation_outruns_the_dosing()
    {
        var dosing = Co2Enrichment.DutchPractice;
        // 185.14 kg/(ha·h) = 5.143 mg/(m²·s); at 0.0005 m³/(m²·s) the dosing could hold 420 + 5.143/(0.0005 × 1.805) ≫ 800 ppm.
        Assert.Equal(800, Co2Balance.InsideQuasiSteadyPpm(420, dosing, 0.0005, true), 9);
        // At 30 ACH in a 4.5 m house (0.0375 m³/(m²·s)): 420 + 5.143 × 0.554 / 0.0375 = 496 ppm.
        Assert.Equal(420 + 5.142857 * 0.554 / 0.0375, Co2Balance.InsideQuasiSteadyPpm(420, dosing, 0.0375, true), 1e-3);
        Assert.Equal(420, Co2Balance.InsideQuasiSteadyPpm(420, dosing, 0.0005, false)); // no dosing at night
        Assert.Equal(420, Co2Balance.InsideQuasiSteadyPpm(420, null, 0.0005, true));
    }

    [Fact]
    public void A_drawn_shade_screen_halves_the_sun_entering()
    {
        var spec = GreenhouseSpec.Dakuishan();
        var state = GreenhouseState.Uniform(24);
        var hot = new GreenhouseWeather(30, 800, 3, 50, 12);
        var shaded = GreenhouseClimate.Step(spec, state, hot, 1);
        var open = GreenhouseClimate.Step(spec with { Shade = null }, state, hot, 1);
        Assert.True(shaded.ShadeDrawn);
        // Solar gain τ_s·G·A = 0.70 × 800 W/m² × 13,000 m² = 7,280 kW unshaded; the 50 % screen passes half.
        Assert.Equal(7280, open.SolarGainKw, 6);
        Assert.Equal(3640, shaded.SolarGainKw, 6);
        Assert.Equal(open.CanopyParUmolM2s / 2, shaded.CanopyParUmolM2s, 9);
        Assert.True(shaded.CoolingDemandKw < open.CoolingDemandKw);
    }

    [Theory]
    [InlineData("greenhouse floor area [m²]")]
    [InlineData("cover U-value [W/m²K]")]
    [InlineData("screen heat loss reduction")]
    [InlineData("ventilation set-point [°C]")]
    [InlineData("lamp efficacy [µmol/J]")]
    [InlineData("maximum ventilation [air changes/h]")]
    public void An_invalid_spec_fails_naming_the_field(string field)
    {
        var good = GreenhouseSpec.StandardRose(lighting: SupplementaryLighting.RoseLed);
        var bad = field switch
        {
            "greenhouse floor area [m²]" => good with { FloorAreaM2 = -1 },
            "cover U-value [W/m²K]" => good with { Cover = good.Cover with { UValueWm2K = 0 } },
            "screen heat loss reduction" => good with { Screen = ThermalScreen.EnergyScreen with { HeatLossReduction = 1.2 } },
            "ventilation set-point [°C]" => good with { SetPoints = good.SetPoints with { VentilationC = 15 } },
            "lamp efficacy [µmol/J]" => good with { Lighting = SupplementaryLighting.RoseLed with { EfficacyUmolJ = 0 } },
            _ => good with { MaxVentilationAch = 0.1 },
        };
        var ex = Assert.Throws<InvalidInputException>(() => bad.Validated());
        Assert.Equal(field, ex.Field);
        var viaStep = Assert.Throws<InvalidInputException>(() =>
            GreenhouseClimate.Step(bad, GreenhouseState.Uniform(17), new GreenhouseWeather(0, 0, 3, 80, 0), 1));
        Assert.Equal(field, viaStep.Field);
    }
}
