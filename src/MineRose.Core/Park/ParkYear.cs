using MineRose.Core.Crops;
using MineRose.Core.Grid;

namespace MineRose.Core.Park;

/// <summary>What one simulated year of the park produced: the ledger and the annual results that are not flows.</summary>
/// <param name="Design">The design simulated.</param>
/// <param name="WeatherSource">Where the weather came from.</param>
/// <param name="Ledger">Every flow in every interval.</param>
/// <param name="Bill">Electricity bill of the park's actual grid exchange.</param>
/// <param name="BaselineBill">Bill the same loads would pay with no PV and no storage (for savings).</param>
/// <param name="Roses">Rose yield of the greenhouses, or null without greenhouses.</param>
/// <param name="RoseStems">Roses harvested in the year [stems].</param>
/// <param name="OutdoorFlowerStems">Outdoor flowers harvested [stems].</param>
/// <param name="GreenhouseIrrigationM3">Drip irrigation of the greenhouses with treated mine water [m³].</param>
/// <param name="OutdoorIrrigationM3">Drip irrigation of the outdoor fields [m³].</param>
/// <param name="CropLabour">Crop-care and harvest jobs, or null without crops.</param>
/// <param name="PumpedHydroUsableEnergyKwh">Usable energy of the shaft storage from its geometry [kWh]; 0 without.</param>
/// <param name="PumpedHydroPowerKw">Rated generating power of the shaft storage [kW]; 0 without.</param>
/// <param name="PumpedHydroRoundTrip">Round-trip efficiency at rated flow [—]; 0 without.</param>
/// <param name="Warnings">Legal but unwise design choices noticed on the way (e.g. from the pumped-hydro spec).</param>
public sealed record ParkYear(
    ParkDesign Design,
    string WeatherSource,
    ParkLedger Ledger,
    ElectricityBill Bill,
    ElectricityBill BaselineBill,
    RoseYieldResult? Roses,
    double RoseStems,
    double OutdoorFlowerStems,
    double GreenhouseIrrigationM3,
    double OutdoorIrrigationM3,
    LabourResult? CropLabour,
    double PumpedHydroUsableEnergyKwh,
    double PumpedHydroPowerKw,
    double PumpedHydroRoundTrip,
    IReadOnlyList<string> Warnings)
{
    /// <summary>Operating year simulated, 1 for the first (new plant) [yr]; see <see cref="ParkSimulator.SimulateYears"/>.</summary>
    public int OperatingYear { get; init; } = 1;

    /// <summary>Battery capacity left at the end of the year, after capacity fade [kWh]; 0 without a battery.</summary>
    public double BatteryCapacityKwh { get; init; }

    /// <summary>Mine-water source temperature at the end of the year, after drawdown [°C]; NaN without a heat plant.</summary>
    public double MineWaterTemperatureC { get; init; } = double.NaN;
}
