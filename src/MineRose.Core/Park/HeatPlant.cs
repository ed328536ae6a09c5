using MineRose.Core.Heat;

namespace MineRose.Core.Park;

/// <summary>The mine-water heat pumps with their water source, their circuit temperatures and an optional backup boiler.</summary>
/// <param name="HeatPump">Heat pump ratings and performance (all units together).</param>
/// <param name="Source">The mine water they draw on.</param>
/// <param name="HeatingSupplyTemperatureC">Heating water supply temperature to the greenhouses [°C].</param>
/// <param name="ChilledWaterTemperatureC">Chilled water supply temperature in cooling [°C].</param>
/// <param name="CoolingLoopReturnTemperatureC">Cooling loop return temperature, which sets whether free cooling works [°C].</param>
/// <param name="BackupBoilerKw">Backup boiler heat output [kW]; 0 for none.</param>
public sealed record HeatPlant(
    HeatPumpSpec HeatPump,
    MineWaterSource Source,
    double HeatingSupplyTemperatureC = 45,
    double ChilledWaterTemperatureC = 12,
    double CoolingLoopReturnTemperatureC = 20,
    double BackupBoilerKw = 0)
{
    /// <summary>Checks every field and returns the plant, or throws naming the bad field.</summary>
    public HeatPlant Validated()
    {
        ArgumentNullException.ThrowIfNull(HeatPump);
        ArgumentNullException.ThrowIfNull(Source);
        HeatPump.Validated();
        Source.Validated();
        Guard.InRange(HeatingSupplyTemperatureC, 20, 80, "heating_supply_temperature_c");
        Guard.InRange(ChilledWaterTemperatureC, 2, 25, "chilled_water_temperature_c");
        Guard.InRange(CoolingLoopReturnTemperatureC, ChilledWaterTemperatureC, 40, "cooling_loop_return_temperature_c");
        Guard.NonNegative(BackupBoilerKw, "backup_boiler_kw");
        return this;
    }
}
