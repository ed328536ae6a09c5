using MineRose.Core.Pv;

namespace MineRose.Core.Tests.Pv;

public class CellTemperatureTests
{
    [Fact]
    public void Faiman_matches_the_pvlib_reference_value_with_default_coefficients()
    {
        // pvlib tests/test_temperature.py::test_faiman_default [58]: faiman(900, 20, 5) = 35.203 (atol 0.001).
        // By hand: 20 + 900 / (25 + 6.84·5) = 20 + 900 / 59.2 = 35.2027.
        Assert.Equal(35.203, CellTemperature.Faiman(900, 20, 5), 0.001);
        Assert.Equal(20 + 900 / 59.2, CellTemperature.Faiman(900, 20, 5), 1e-12);
    }

    [Fact]
    public void Faiman_matches_the_pvlib_reference_value_with_other_coefficients()
    {
        // pvlib test_faiman_kwargs [58]: faiman(900, 20, 5, u0=22, u1=6) = 37.308; by hand 20 + 900/52 = 37.3077.
        Assert.Equal(37.308, CellTemperature.Faiman(900, 20, 5, u0: 22.0, u1: 6.0), 0.001);
    }

    [Theory]
    // pvlib test_faiman_ndarray [58]: irradiance [0, 500, 0], air [0, 10, 5], wind [10, 5, 0] → [0, 18.446, 5].
    [InlineData(0, 0, 10, 0.0)]
    [InlineData(500, 10, 5, 18.446)]
    [InlineData(0, 5, 0, 5.0)]
    public void Faiman_matches_the_pvlib_array_example(double poaWm2, double airC, double windMs, double expectedC) =>
        Assert.Equal(expectedC, CellTemperature.Faiman(poaWm2, airC, windMs), 0.001);

    [Fact]
    public void Sapm_matches_the_pvlib_reference_values_for_open_rack_glass_glass()
    {
        // pvlib test_sapm_module / test_sapm_cell [58] with King et al. Table 1 open-rack glass/glass [52]:
        // sapm_module(900, 20, 5) = 40.809, sapm_cell(900, 20, 5) = 43.509.
        var p = SapmTemperatureParameters.OpenRackGlassGlass;
        Assert.Equal(40.809, CellTemperature.SapmModule(900, 20, 5, p.A, p.BSPerM), 0.001);
        Assert.Equal(43.509, CellTemperature.Sapm(900, 20, 5, p), 0.001);
    }

    [Fact]
    public void Sapm_matches_the_pvlib_array_example()
    {
        // pvlib test_sapm_ndarray [58]: at 500 W/m², 10 °C, 5 m/s: module 21.56066166, cell 23.06066166.
        var p = SapmTemperatureParameters.OpenRackGlassGlass;
        Assert.Equal(21.56066166, CellTemperature.SapmModule(500, 10, 5, p.A, p.BSPerM), 1e-7);
        Assert.Equal(23.06066166, CellTemperature.Sapm(500, 10, 5, p), 1e-7);
    }

    [Fact]
    public void Sapm_at_one_sun_twenty_degrees_and_light_wind_gives_a_cell_near_fifty_two_degrees()
    {
        // Written out from King et al. eqs for open-rack glass/glass [52]: T_m = 20 + 1000·e^(−3.47 − 0.0594·1)
        // = 20 + 1000·0.0293225 = 49.32 °C; T_c = T_m + 1000/1000·3 = 52.32 °C.
        double moduleC = 20 + 1000 * 0.0293225;
        Assert.Equal(moduleC, CellTemperature.SapmModule(1000, 20, 1, -3.47, -0.0594), 0.001);
        Assert.Equal(moduleC + 3.0, CellTemperature.Sapm(1000, 20, 1, SapmTemperatureParameters.OpenRackGlassGlass), 0.001);
    }

    [Fact]
    public void Sapm_presets_are_the_values_of_King_et_al_table_one()
    {
        // King, Boyson, Kratochvil 2004, Table 1 [52] (also pvlib TEMPERATURE_MODEL_PARAMETERS['sapm'] [58]).
        Assert.Equal(new SapmTemperatureParameters(-3.47, -0.0594, 3), SapmTemperatureParameters.OpenRackGlassGlass);
        Assert.Equal(new SapmTemperatureParameters(-2.98, -0.0471, 1), SapmTemperatureParameters.CloseMountGlassGlass);
        Assert.Equal(new SapmTemperatureParameters(-3.56, -0.0750, 3), SapmTemperatureParameters.OpenRackGlassPolymer);
        Assert.Equal(new SapmTemperatureParameters(-2.81, -0.0455, 0), SapmTemperatureParameters.InsulatedBackGlassPolymer);
    }

    [Fact]
    public void Close_mounted_modules_run_hotter_than_open_rack_ones()
    {
        // Physical ordering from [52]: less back ventilation, higher temperature.
        double open = CellTemperature.Sapm(800, 25, 2, SapmTemperatureParameters.OpenRackGlassGlass);
        double close = CellTemperature.Sapm(800, 25, 2, SapmTemperatureParameters.CloseMountGlassGlass);
        double insulated = CellTemperature.Sapm(800, 25, 2, SapmTemperatureParameters.InsulatedBackGlassPolymer);
        Assert.True(open < close && close < insulated);
    }

    [Fact]
    public void Without_sun_the_cell_is_at_air_temperature()
    {
        Assert.Equal(12.5, CellTemperature.Faiman(0, 12.5, 3));
        Assert.Equal(12.5, CellTemperature.Sapm(0, 12.5, 3, SapmTemperatureParameters.OpenRackGlassPolymer));
    }

    [Fact]
    public void A_non_positive_faiman_u0_is_refused_with_its_name()
    {
        var ex = Assert.Throws<InvalidInputException>(() => CellTemperature.Faiman(800, 20, 1, u0: 0));
        Assert.Equal("faiman_u0", ex.Field);
        ex = Assert.Throws<InvalidInputException>(() => CellTemperature.Faiman(800, 20, 1, u1: -1));
        Assert.Equal("faiman_u1", ex.Field);
    }

    [Fact]
    public void Sapm_parameters_out_of_range_are_refused_with_their_name()
    {
        var ex = Assert.Throws<InvalidInputException>(() => new SapmTemperatureParameters(-3, 0.1, 3).Validated());
        Assert.Equal("sapm_b_s_per_m", ex.Field);
    }

    [FsCheck.Xunit.Property]
    public bool Cell_temperature_rises_with_irradiance_and_falls_with_wind(byte e1, byte e2, byte wind)
    {
        double low = Math.Min(e1, e2) * 4.0, high = Math.Max(e1, e2) * 4.0, v = wind / 25.0;
        var p = SapmTemperatureParameters.OpenRackGlassGlass;
        return CellTemperature.Faiman(low, 20, v) <= CellTemperature.Faiman(high, 20, v)
            && CellTemperature.Sapm(low, 20, v, p) <= CellTemperature.Sapm(high, 20, v, p)
            && CellTemperature.Faiman(high, 20, v + 1) <= CellTemperature.Faiman(high, 20, v)
            && CellTemperature.Sapm(high, 20, v + 1, p) <= CellTemperature.Sapm(high, 20, v, p);
    }
}
