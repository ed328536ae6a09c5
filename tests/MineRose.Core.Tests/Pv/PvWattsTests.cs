using MineRose.Core.Pv;

namespace MineRose.Core.Tests.Pv;

public class PvWattsTests
{
    [Fact]
    public void Dc_power_at_standard_test_conditions_is_the_nameplate()
    {
        // Definition of the nameplate rating [53]: 1000 W/m², 25 °C.
        Assert.Equal(250.0, PvWatts.DcPowerKw(1000, 25, 250), 1e-12);
    }

    [Fact]
    public void Dc_power_at_forty_five_degrees_loses_seven_point_four_percent()
    {
        // (1 + γ·(T_c − 25)) with γ = −0.0037/°C and T_c = 45 °C: 1 − 0.0037·20 = 0.926 [53].
        Assert.Equal(100.0 * (1 - 0.074), PvWatts.DcPowerKw(1000, 45, 100), 1e-12);
    }

    [Fact]
    public void Dc_power_matches_the_pvlib_reference_value()
    {
        // pvlib tests/test_pvsystem.py::test_pvwatts_dc_scalars [58]: pvwatts_dc(900, 30, 100, −0.003) = 88.65.
        Assert.Equal(88.65, PvWatts.DcPowerKw(900, 30, 100, -0.003), 1e-12);
    }

    [Fact]
    public void The_documented_module_coefficients_are_those_of_pvwatts()
    {
        // SAM Simulation Core, cmod_pvwattsv8.cpp, module types [54]: standard γ = −0.0037, premium γ = −0.0035.
        Assert.Equal(-0.0037, PvWatts.StandardModuleTemperatureCoefficientPerC);
        Assert.Equal(-0.0035, PvWatts.PremiumModuleTemperatureCoefficientPerC);
    }

    [Fact]
    public void Bad_capacity_and_coefficient_are_refused_with_their_names()
    {
        Assert.Equal("dc_capacity_kw", Assert.Throws<InvalidInputException>(() => PvWatts.DcPowerKw(1000, 25, 0)).Field);
        Assert.Equal("temperature_coefficient_per_c",
            Assert.Throws<InvalidInputException>(() => PvWatts.DcPowerKw(1000, 25, 1, 0.004)).Field);
        Assert.Equal("temperature_coefficient_per_c",
            Assert.Throws<InvalidInputException>(() => PvWatts.DcPowerKw(1000, 25, 1, double.NaN)).Field);
    }

    [FsCheck.Xunit.Property]
    public bool Dc_power_grows_with_irradiance(ushort e1, ushort e2, sbyte cellC)
    {
        double low = Math.Min(e1, e2) / 50.0, high = Math.Max(e1, e2) / 50.0;
        return PvWatts.DcPowerKw(low, cellC, 10) <= PvWatts.DcPowerKw(high, cellC, 10);
    }

    [FsCheck.Xunit.Property]
    public bool Dc_power_falls_as_cells_warm(byte t1, byte t2)
    {
        double cool = Math.Min(t1, t2) / 2.0 - 20, warm = Math.Max(t1, t2) / 2.0 - 20;
        return PvWatts.DcPowerKw(800, warm, 10) <= PvWatts.DcPowerKw(800, cool, 10);
    }
}
