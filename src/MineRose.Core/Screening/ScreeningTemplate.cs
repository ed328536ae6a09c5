using System.Globalization;

namespace MineRose.Core.Screening;

/// <summary>The rules that turn a candidate mine's attributes into a park design: the <c>screening:</c> section of a
/// template scenario file, every value an assumption stated with its source in scenarios/screening/template.yaml.</summary>
/// <remarks>The rules apply to the template scenario's own park (tariff, economics, greenhouse type, heat-plant
/// temperatures, other loads), which they resize per mine; see <see cref="TemplateDesign.For"/> and docs/model.md, "Screening candidate mines" [250].</remarks>
public sealed record ScreeningTemplate
{
    /// <summary>Share of the lease area (GEM "Mine Size") usable for the park at the surface [-], in (0, 1].</summary>
    public double LandShareOfLease { get; init; } = 0.05;

    /// <summary>Cap on the usable land of one park [ha], &gt; 0.</summary>
    public double MaxLandHa { get; init; } = 100;

    /// <summary>Land assumed when neither the list nor the lease area gives it [ha], ≥ 0; 0 builds no park there (flagged either way).</summary>
    public double UnknownLandHa { get; init; }

    /// <summary>Share of the usable land under PV rows [-], in [0, 1].</summary>
    public double PvLandShare { get; init; } = 0.6;

    /// <summary>Module rating per m² of collector area at STC [kWp/m²]: the module efficiency times 1 kW/m² [251].</summary>
    public double ModuleKwpPerM2 { get; init; } = 0.2;

    /// <summary>Share of the usable land under greenhouses [-], in [0, 1]; with <see cref="PvLandShare"/> at most 1.</summary>
    public double GreenhouseLandShare { get; init; } = 0.2;

    /// <summary>Cap on the greenhouse floor area of one park [m²], ≥ 0.</summary>
    public double MaxGreenhouseAreaM2 { get; init; } = 113_000;

    /// <summary>Design heating capacity per m² of greenhouse floor [kW/m²], &gt; 0.</summary>
    public double HeatingDesignKwPerM2 { get; init; } = 0.115;

    /// <summary>Rated cooling per kW of rated heating of the reversible heat pumps [-], ≥ 0.</summary>
    public double CoolingPerHeatingRatio { get; init; } = 1.0;

    /// <summary>Heating COP at design conditions used to size the heat pumps on the mine water [-], &gt; 1.</summary>
    public double DesignHeatingCop { get; init; } = 4.0;

    /// <summary>Temperature drop of the mine water through the evaporators [K], &gt; 0.</summary>
    public double MineWaterDeltaTK { get; init; } = 5.0;

    /// <summary>Mine-water flow available to the heat pumps when the list gives none [m³/h], ≥ 0 (flagged when used).</summary>
    public double DefaultMineWaterFlowM3h { get; init; } = 200;

    /// <summary>Mine-water temperature when the list gives none [°C], in [0, 100] (flagged when used).</summary>
    public double DefaultMineWaterTemperatureC { get; init; } = 15;

    /// <summary>Natural inflow into the flooded workings when the list gives none [m³/h], ≥ 0: the shaft plant must pump it out (flagged when used).</summary>
    public double DefaultMineWaterInflowM3h { get; init; } = 50;

    /// <summary>Whether underground mines with a known depth get shaft pumped hydro.</summary>
    public bool ShaftStorage { get; init; } = true;

    /// <summary>Usable underground volume that cycles between the flooded workings and the surface pond [m³], &gt; 0.</summary>
    public double UndergroundVolumeM3 { get; init; } = 20_000;

    /// <summary>Hours of generation at rated flow that the cycled volume gives [h], &gt; 0.</summary>
    public double StorageHours { get; init; } = 4;

    /// <summary>Lowest head worth a shaft plant [m], &gt; 0: shallower mines get none (flagged).</summary>
    public double MinHeadM { get; init; } = 50;

    /// <summary>Highest head of the plant [m]: deeper mines use only this much of the shaft (flagged) [253].</summary>
    public double MaxHeadM { get; init; } = 600;

    /// <summary>Largest rating of one pump-turbine unit [kW], &gt; 0.</summary>
    public double MaxUnitPowerKw { get; init; } = 10_000;

    /// <summary>Design velocity in the penstock at rated flow [m/s], &gt; 0 [72].</summary>
    public double PenstockVelocityMs { get; init; } = 3.0;

    /// <summary>Battery rated power per kW of PV DC capacity [-], ≥ 0; 0 for no battery.</summary>
    public double BatteryPowerPerPvKw { get; init; }

    /// <summary>Battery energy per kW of its rated power [h], ≥ 0.</summary>
    public double BatteryHours { get; init; } = 2;

    /// <summary>Grid import limit per kW of PV DC capacity [-], &gt; 0.</summary>
    public double ImportLimitPerPvKw { get; init; } = 1.2;

    /// <summary>Grid export limit per kW of PV DC capacity [-], ≥ 0.</summary>
    public double ExportLimitPerPvKw { get; init; } = 1.0;

    /// <summary>Smallest grid connection of a park [kW], &gt; 0 (offices and pumps need one even without PV).</summary>
    public double MinGridConnectionKw { get; init; } = 500;

    /// <summary>Checks every rule; throws <see cref="InvalidInputException"/> naming the first bad one.</summary>
    public ScreeningTemplate Validated()
    {
        Guard.InRange(LandShareOfLease, 1e-9, 1, "screening.land_share_of_lease");
        Guard.Positive(MaxLandHa, "screening.max_land_ha");
        Guard.NonNegative(UnknownLandHa, "screening.unknown_land_ha");
        Guard.InRange(PvLandShare, 0, 1, "screening.pv_land_share");
        Guard.InRange(ModuleKwpPerM2, 0.05, 0.3, "screening.module_kwp_per_m2");
        Guard.InRange(GreenhouseLandShare, 0, 1, "screening.greenhouse_land_share");
        if (PvLandShare + GreenhouseLandShare > 1 + 1e-12)
            throw new InvalidInputException("screening.greenhouse_land_share", Guard.Format(GreenhouseLandShare),
                string.Create(CultureInfo.InvariantCulture, $"at most 1 − pv_land_share = {1 - PvLandShare:G6} (the land is shared)"));
        Guard.NonNegative(MaxGreenhouseAreaM2, "screening.max_greenhouse_area_m2");
        Guard.Positive(HeatingDesignKwPerM2, "screening.heating_design_kw_per_m2");
        Guard.NonNegative(CoolingPerHeatingRatio, "screening.cooling_per_heating_ratio");
        Guard.InRange(DesignHeatingCop, 1.1, 10, "screening.design_heating_cop");
        Guard.InRange(MineWaterDeltaTK, 0.5, 20, "screening.mine_water_delta_t_k");
        Guard.NonNegative(DefaultMineWaterFlowM3h, "screening.default_mine_water_flow_m3h");
        Guard.InRange(DefaultMineWaterTemperatureC, 0, 100, "screening.default_mine_water_temperature_c");
        Guard.NonNegative(DefaultMineWaterInflowM3h, "screening.default_mine_water_inflow_m3h");
        Guard.Positive(UndergroundVolumeM3, "screening.underground_volume_m3");
        Guard.InRange(StorageHours, 0.5, 24, "screening.storage_hours");
        Guard.InRange(MinHeadM, 10, 2000, "screening.min_head_m");
        Guard.InRange(MaxHeadM, MinHeadM, 2000, "screening.max_head_m");
        Guard.Positive(MaxUnitPowerKw, "screening.max_unit_power_kw");
        Guard.InRange(PenstockVelocityMs, 0.5, 8, "screening.penstock_velocity_ms");
        Guard.NonNegative(BatteryPowerPerPvKw, "screening.battery_power_per_pv_kw");
        Guard.InRange(BatteryHours, 0, 24, "screening.battery_hours");
        Guard.Positive(ImportLimitPerPvKw, "screening.import_limit_per_pv_kw");
        Guard.NonNegative(ExportLimitPerPvKw, "screening.export_limit_per_pv_kw");
        Guard.Positive(MinGridConnectionKw, "screening.min_grid_connection_kw");
        return this;
    }
}
