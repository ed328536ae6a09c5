using MineRose.Core.Park;

namespace MineRose.Core.Screening;

/// <summary>The park a screening template designed for one mine, with the sizes it chose and every flag it raised.</summary>
/// <param name="Design">The park design, or null when the mine cannot host a park under the template (no usable land).</param>
/// <param name="UsableLandHa">Land the park may use [ha].</param>
/// <param name="PvDcKw">PV DC capacity [kWp].</param>
/// <param name="GreenhouseAreaM2">Greenhouse floor area [m²].</param>
/// <param name="HeatPumpHeatingKw">Rated heating of the mine-water heat pumps [kW].</param>
/// <param name="MineWaterFlowM3h">Mine-water flow available to the heat pumps [m³/h].</param>
/// <param name="MineWaterTemperatureC">Mine-water temperature [°C].</param>
/// <param name="ShaftHeadM">Head of the shaft pumped hydro [m]; 0 when the park has none.</param>
/// <param name="PumpedHydroKw">Rated turbine output of the shaft plant, all units [kW]; 0 when none.</param>
/// <param name="PumpedHydroKwh">Nominal energy of one full cycle of the shaft plant [kWh]; 0 when none.</param>
/// <param name="BatteryKwh">Battery energy capacity [kWh]; 0 when none.</param>
/// <param name="Flags">What the template had to assume or could not do for this mine (unknown depth, land or water, a capped head…).</param>
public sealed record MineDesign(
    ParkDesign? Design,
    double UsableLandHa,
    double PvDcKw,
    double GreenhouseAreaM2,
    double HeatPumpHeatingKw,
    double MineWaterFlowM3h,
    double MineWaterTemperatureC,
    double ShaftHeadM,
    double PumpedHydroKw,
    double PumpedHydroKwh,
    double BatteryKwh,
    IReadOnlyList<string> Flags);
