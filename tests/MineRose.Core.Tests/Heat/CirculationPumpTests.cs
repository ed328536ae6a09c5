using MineRose.Core.Heat;

namespace MineRose.Core.Tests.Heat;

public class CirculationPumpTests
{
    [Fact]
    public void Pump_power_is_density_gravity_head_and_flow_over_efficiency()
    {
        // P = ρ g H V̇ / η = 999.1 × 9.80665 × 30 m × (200/3600) m³/s / 0.7 = 23 328.2 W.
        double expectedKw = 999.1 * 9.80665 * 30.0 * (200.0 / 3600.0) / 0.7 / 1000.0;
        Assert.Equal(expectedKw, CirculationPump.ElectricPowerKw(200.0, 30.0, 0.7), 9);
        Assert.Equal(23.3282, CirculationPump.ElectricPowerKw(200.0, 30.0, 0.7), 4);
    }

    [Fact]
    public void A_pump_efficiency_above_one_is_refused_with_its_name()
    {
        var ex = Assert.Throws<InvalidInputException>(() => CirculationPump.ElectricPowerKw(100.0, 30.0, 1.2));
        Assert.Equal("efficiency", ex.Field);
    }
}
