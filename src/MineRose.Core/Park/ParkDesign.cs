using MineRose.Core.Grid;
using MineRose.Core.Storage;
using MineRose.Core.Weather;

namespace MineRose.Core.Park;

/// <summary>A whole energy-and-flower park on a closed mine: everything the simulator needs besides the weather.</summary>
/// <remarks>Optional assets are null when the park has none. Build one from a scenario file (MineRose.IO) or in code;
/// <see cref="Validated"/> checks every part and names the first bad field.</remarks>
public sealed record ParkDesign
{
    /// <summary>Name of the park or scenario.</summary>
    public required string Name { get; init; }

    /// <summary>Where the park stands.</summary>
    public required Site Site { get; init; }

    /// <summary>Project life for finance [yr].</summary>
    public int ProjectLifeYears { get; init; } = 25;

    /// <summary>PV fields; the first one's rows shelter the outdoor flowers grown under PV.</summary>
    public IReadOnlyList<PvPlant> PvPlants { get; init; } = [];

    /// <summary>Pumped-hydro storage in a disused shaft, or null.</summary>
    public ShaftPumpedHydroSpec? PumpedHydro { get; init; }

    /// <summary>Electrochemical battery, or null.</summary>
    public BatterySpec? Battery { get; init; }

    /// <summary>Mine-water heat pumps (and backup boiler), or null.</summary>
    public HeatPlant? Heat { get; init; }

    /// <summary>Rose greenhouses, or null.</summary>
    public RoseHouses? Greenhouses { get; init; }

    /// <summary>Outdoor flower fields, or null.</summary>
    public OutdoorFlowerField? OutdoorFlowers { get; init; }

    /// <summary>Other electric loads.</summary>
    public OtherLoads OtherLoads { get; init; } = OtherLoads.None;

    /// <summary>Dewatering of the workings when there is no shaft storage (with storage, its lower reservoir takes the inflow).</summary>
    public MineWaterDrainage Drainage { get; init; } = new();

    /// <summary>Import and export limits of the grid connection.</summary>
    public required GridConnection GridConnection { get; init; }

    /// <summary>Import tariff, export price and demand or capacity charges.</summary>
    public required ElectricityTariff Tariff { get; init; }

    /// <summary>How storage is dispatched.</summary>
    public DispatchStrategy Dispatch { get; init; } = DispatchStrategy.SelfConsumption;

    /// <summary>Emission factors.</summary>
    public ParkCarbon Carbon { get; init; } = ParkCarbon.ShandongCoal;

    /// <summary>Costs, prices and the discount rate.</summary>
    public ParkEconomics Economics { get; init; } = new();

    /// <summary>Jobs and land.</summary>
    public ParkPeople People { get; init; } = new();

    /// <summary>Checks every part and returns the design, or throws naming the first bad field.</summary>
    public ParkDesign Validated()
    {
        if (string.IsNullOrWhiteSpace(Name))
            throw new InvalidInputException("name", "\"\"", "a non-empty park name");
        Site.Validated();
        Guard.InRange(ProjectLifeYears, 1, 100, "project_life_years");
        foreach (var pv in PvPlants)
            pv.Array.Validated();
        _ = PumpedHydro?.Validate();
        Battery?.Validated();
        Heat?.Validated();
        Greenhouses?.Validated();
        OutdoorFlowers?.Validated();
        OtherLoads.Validated();
        Drainage.Validated();
        GridConnection.Validated();
        Tariff.Validated();
        Economics.Validated();
        People.Validated();
        if (Greenhouses is not null && Heat is null)
            throw new InvalidInputException("heat", "none", "a heat plant when the park has greenhouses (set backup_boiler_kw for boiler-only heating)");
        return this;
    }

    /// <summary>Total DC capacity of the PV fields [kWp].</summary>
    public double PvCapacityKw => PvPlants.Sum(p => p.Array.DcCapacityKw);
}
