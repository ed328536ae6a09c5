namespace MineRose.Core.Storage;

/// <summary>The part of a <see cref="ShaftPumpedHydroStep"/> a park's bus and ledger read (<see cref="ShaftPumpedHydro.StepFlows"/>).</summary>
/// <param name="GeneratedKwh">Electricity generated in the interval [kWh].</param>
/// <param name="AbsorbedKwh">Electricity absorbed by the pumps in the interval [kWh] (dewatering excluded).</param>
/// <param name="DewateringEnergyKwh">Electricity of the dewatering pumps in the interval [kWh].</param>
/// <param name="MineWaterInflowM3">Mine water that flowed into the lower reservoir [m³].</param>
/// <param name="DewateredWaterM3">Mine water lifted to the surface [m³].</param>
internal readonly record struct ShaftPumpedHydroFlows(
    double GeneratedKwh, double AbsorbedKwh, double DewateringEnergyKwh, double MineWaterInflowM3, double DewateredWaterM3);
