using MineRose.Core.Crops;
using MineRose.Core.Economics;

namespace MineRose.Core.Park;

/// <summary>Unit costs, lifetimes, prices and the discount rate that turn the park's ledger into money.</summary>
/// <remarks>Defaults cite <see cref="CostDefaults"/> (FACTS.md); lifetimes and O&amp;M rates are common planning values, marked as
/// assumptions in docs/model.md.</remarks>
public sealed record ParkEconomics
{
    /// <summary>PV capex [CNY/kWp] (Dakuishan: CNY 30 M for 11.3 MW).</summary>
    public double PvCapexCnyPerKw { get; init; } = CostDefaults.PvDakuishan.CnyPerUnit;

    /// <summary>Shaft pumped-hydro capex [CNY/kW] (reuses the shaft; low end of European figures, assumed).</summary>
    public double PumpedHydroCapexCnyPerKw { get; init; } = CostDefaults.PumpedHydroEuropeLow.CnyPerUnit;

    /// <summary>Battery capex [CNY/kWh] (2025 bids for 4-h systems).</summary>
    public double BatteryCapexCnyPerKwh { get; init; } = CostDefaults.BatteryFourHour.CnyPerUnit;

    /// <summary>Water-source heat-pump system capex incl. wells [CNY/kW of heating].</summary>
    public double HeatPumpCapexCnyPerKw { get; init; } = CostDefaults.WaterSourceHeatPump.CnyPerUnit;

    /// <summary>Greenhouse capex [CNY/m² of floor].</summary>
    public double GreenhouseCapexCnyPerM2 { get; init; } = CostDefaults.GlassGreenhouse.CnyPerUnit;

    /// <summary>Outdoor flower field establishment [CNY/m²] (assumed).</summary>
    public double OutdoorFieldCapexCnyPerM2 { get; init; } = 20;

    /// <summary>Land restoration capex [CNY] (Dakuishan budget: CNY 12 M for 40 ha).</summary>
    public double LandRestorationCapexCny { get; init; }

    /// <summary>Fixed O&amp;M of energy assets, as a share of their capex per year [1/yr] (1–2 % is usual).</summary>
    public double EnergyOmFractionPerYear { get; init; } = 0.015;

    /// <summary>Fixed O&amp;M of greenhouses (cover, structure, substrate), as a share of capex per year [1/yr].</summary>
    public double GreenhouseOmFractionPerYear { get; init; } = 0.02;

    /// <summary>Inputs of the rose crop other than energy and labour (plants, substrate, fertiliser, packing) [CNY/m²·yr] (assumed).</summary>
    public double CropInputsCnyPerM2Year { get; init; } = 60;

    /// <summary>Lifetime of PV modules and structures [yr].</summary>
    public int PvLifetimeYears { get; init; } = 25;

    /// <summary>Lifetime of batteries [yr] (also limited by cycling, see the battery model).</summary>
    public int BatteryLifetimeYears { get; init; } = 12;

    /// <summary>Lifetime of heat pumps [yr].</summary>
    public int HeatPumpLifetimeYears { get; init; } = 20;

    /// <summary>Lifetime of greenhouses [yr].</summary>
    public int GreenhouseLifetimeYears { get; init; } = 20;

    /// <summary>Lifetime of pumped-hydro machinery [yr] (civil works last longer).</summary>
    public int PumpedHydroLifetimeYears { get; init; } = 40;

    /// <summary>Rose grades and wholesale prices.</summary>
    public RoseGradeSplit RoseGrades { get; init; } = RoseGradeSplit.DounanAverage2024;

    /// <summary>Outdoor flower price [CNY/stem] (assumed, below greenhouse roses).</summary>
    public double OutdoorFlowerPriceCnyPerStem { get; init; } = 0.3;

    /// <summary>Share of the harvest sent to deep processing [—].</summary>
    public double ProcessingShare { get; init; }

    /// <summary>Petal mass per processed stem [kg].</summary>
    public double PetalKgPerStem { get; init; } = 0.02;

    /// <summary>Product per kg of petals [kg/kg].</summary>
    public double ProductKgPerKgPetals { get; init; } = 0.2;

    /// <summary>Price of processed products [CNY/kg].</summary>
    public double ProductPriceCnyPerKg { get; init; } = 200;

    /// <summary>Agritourism visitors per year.</summary>
    public double VisitorsPerYear { get; init; }

    /// <summary>Spend per visitor [CNY].</summary>
    public double SpendCnyPerVisitor { get; init; } = 80;

    /// <summary>Carbon price, if carbon revenue is counted [CNY/t CO₂]; 0 for none.</summary>
    public double CarbonPriceCnyPerTonne { get; init; }

    /// <summary>Price of the heat the baseline boiler would have made [CNY/kWh of heat] (coal boiler, for the production-cost comparison).</summary>
    public double BaselineHeatCostCnyPerKwh { get; init; } = 0.25;

    /// <summary>Backup boiler fuel cost per kWh of heat [CNY/kWh].</summary>
    public double BoilerHeatCostCnyPerKwh { get; init; } = 0.25;

    /// <summary>Discount rate (real, by default 6.5 %, the Chinese pumped-hydro benchmark).</summary>
    public DiscountRate DiscountRate { get; init; } = DiscountRate.Real(CostDefaults.PumpedHydroBenchmarkIrr);

    /// <summary>Price and cost escalation over the project life.</summary>
    public Escalation Escalation { get; init; } = new();

    /// <summary>Checks every field and returns the record, or throws naming the bad field.</summary>
    public ParkEconomics Validated()
    {
        Guard.NonNegative(PvCapexCnyPerKw, "pv_capex_cny_per_kw");
        Guard.NonNegative(PumpedHydroCapexCnyPerKw, "pumped_hydro_capex_cny_per_kw");
        Guard.NonNegative(BatteryCapexCnyPerKwh, "battery_capex_cny_per_kwh");
        Guard.NonNegative(HeatPumpCapexCnyPerKw, "heat_pump_capex_cny_per_kw");
        Guard.NonNegative(GreenhouseCapexCnyPerM2, "greenhouse_capex_cny_per_m2");
        Guard.NonNegative(OutdoorFieldCapexCnyPerM2, "outdoor_field_capex_cny_per_m2");
        Guard.NonNegative(LandRestorationCapexCny, "land_restoration_capex_cny");
        Guard.InRange(EnergyOmFractionPerYear, 0, 0.2, "energy_om_fraction_per_year");
        Guard.InRange(GreenhouseOmFractionPerYear, 0, 0.2, "greenhouse_om_fraction_per_year");
        Guard.NonNegative(CropInputsCnyPerM2Year, "crop_inputs_cny_per_m2_year");
        foreach (var (life, name) in new[] { (PvLifetimeYears, "pv_lifetime_years"), (BatteryLifetimeYears, "battery_lifetime_years"),
                     (HeatPumpLifetimeYears, "heat_pump_lifetime_years"), (GreenhouseLifetimeYears, "greenhouse_lifetime_years"),
                     (PumpedHydroLifetimeYears, "pumped_hydro_lifetime_years") })
            Guard.InRange(life, 1, 100, name);
        ArgumentNullException.ThrowIfNull(RoseGrades);
        Guard.NonNegative(OutdoorFlowerPriceCnyPerStem, "outdoor_flower_price_cny_per_stem");
        Guard.InRange(ProcessingShare, 0, 1, "processing_share");
        Guard.NonNegative(PetalKgPerStem, "petal_kg_per_stem");
        Guard.NonNegative(ProductKgPerKgPetals, "product_kg_per_kg_petals");
        Guard.NonNegative(ProductPriceCnyPerKg, "product_price_cny_per_kg");
        Guard.NonNegative(VisitorsPerYear, "visitors_per_year");
        Guard.NonNegative(SpendCnyPerVisitor, "spend_cny_per_visitor");
        Guard.NonNegative(CarbonPriceCnyPerTonne, "carbon_price_cny_per_tonne");
        Guard.NonNegative(BaselineHeatCostCnyPerKwh, "baseline_heat_cost_cny_per_kwh");
        Guard.NonNegative(BoilerHeatCostCnyPerKwh, "boiler_heat_cost_cny_per_kwh");
        ArgumentNullException.ThrowIfNull(DiscountRate);
        ArgumentNullException.ThrowIfNull(Escalation);
        return this;
    }
}
