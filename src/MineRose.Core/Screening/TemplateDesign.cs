using System.Globalization;
using MineRose.Core.Grid;
using MineRose.Core.Mines;
using MineRose.Core.Park;
using MineRose.Core.Storage;

namespace MineRose.Core.Screening;

/// <summary>Designs a park for one candidate mine from a template scenario's park and its screening rules [250].</summary>
public static class TemplateDesign
{
    /// <summary>Hectare in square metres [m²/ha].</summary>
    private const double M2PerHa = 10_000;

    /// <summary>Square kilometre in hectares [ha/km²].</summary>
    private const double HaPerKm2 = 100;

    /// <summary>The template's park resized for <paramref name="mine"/> by the rules.</summary>
    /// <remarks>
    /// Land A [ha]: the list's land, else min(s_lease·100·A_lease, A_max), else the template's unknown-land value (flagged).
    /// PV: P_dc = A·s_pv·10⁴·GCR·p_mod [kWp] with GCR the template's first PV field's ground-cover ratio and p_mod the module
    /// rating per m² of collector [251], rounded to 1 kW. Greenhouses: A_gh = min(A·s_gh·10⁴, A_gh,max, Q_w/q_h) [m²] with the
    /// heat the mine water can give a heat pump, Q_w = ρ·c_p·V̇·ΔT/3600 · COP/(COP − 1) [kW] (evaporator heat plus the
    /// compressor work, [81]); heat pumps Q_hp = A_gh·q_h [kW]. Shaft pumped hydro (underground mines with a known depth,
    /// head H = min(depth, H_max) ≥ H_min): a surface pond and flooded workings each cycling V [m³]; rated flow Q = V/(t·3600)
    /// [m³/s]; rated output P = ρ·g·Q·H·η [kW] with η = 0.85 (turbine × generator, [73]); penstock diameter for the design
    /// velocity, D = √(4Q/(π·v)) [72]. Battery P_b = r_b·P_dc, E_b = P_b·t_b. Grid limits r·P_dc, at least the minimum
    /// connection. Sizes are rounded to whole kW and m² so a design reads as a scenario would write it.
    /// </remarks>
    /// <param name="rules">The screening rules.</param>
    /// <param name="template">The template scenario's park (tariff, economics, greenhouse and heat-plant types).</param>
    /// <param name="mine">The mine.</param>
    /// <param name="elevationM">Ground elevation to use for the site [m] (the weather station's when the list gives none).</param>
    public static MineDesign For(ScreeningTemplate rules, ParkDesign template, CandidateMine mine, double elevationM)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(mine);
        rules.Validated();
        var flags = new List<string>();

        double landHa;
        if (mine.LandAvailableHa is { } given)
            landHa = given;
        else if (mine.MineSizeKm2 is { } leaseKm2)
            landHa = Math.Min(rules.LandShareOfLease * HaPerKm2 * leaseKm2, rules.MaxLandHa);
        else
        {
            landHa = rules.UnknownLandHa;
            flags.Add(rules.UnknownLandHa > 0
                ? F($"land unknown: the template's unknown_land_ha = {landHa:G4} ha assumed")
                : "land unknown: no park designed (the template's unknown_land_ha is 0)");
        }
        if (mine.LandAvailableHa is null && mine.MineSizeKm2 is { } && landHa >= rules.MaxLandHa)
            flags.Add(F($"land capped at max_land_ha = {rules.MaxLandHa:G4} ha"));

        var waterFlowM3h = mine.MineWaterInflowM3H ?? rules.DefaultMineWaterFlowM3h;
        if (mine.MineWaterInflowM3H is null)
            flags.Add(F($"mine-water flow unknown: template default {waterFlowM3h:G4} m³/h"));
        var waterTempC = mine.MineWaterTemperatureC ?? rules.DefaultMineWaterTemperatureC;
        if (mine.MineWaterTemperatureC is null)
            flags.Add(F($"mine-water temperature unknown: template default {waterTempC:G4} °C"));

        if (landHa <= 0)
            return new MineDesign(null, 0, 0, 0, 0, waterFlowM3h, waterTempC, 0, 0, 0, 0, flags);

        // PV on its share of the land, at the template's row spacing.
        var pvTemplate = template.PvPlants.Count > 0 ? template.PvPlants[0] : null;
        double pvKw = 0;
        IReadOnlyList<PvPlant> pvPlants = [];
        if (pvTemplate is not null)
        {
            var kwPerHa = M2PerHa * pvTemplate.Array.Geometry.GroundCoverageRatio * rules.ModuleKwpPerM2;
            pvKw = Math.Round(landHa * rules.PvLandShare * kwPerHa);
            if (pvKw > 0)
                pvPlants = [pvTemplate with { Name = "PV on the mine land", Array = pvTemplate.Array with { DcCapacityKw = pvKw } }];
        }

        // Greenhouses on their share of the land, no larger than the mine water can heat.
        double areaM2 = 0, heatKw = 0;
        RoseHouses? houses = null;
        HeatPlant? heat = template.Heat;
        if (template.Greenhouses is { } gh && template.Heat is { } plant)
        {
            var waterHeatKw = PhysicalConstants.WaterDensityKgM3 * PhysicalConstants.WaterSpecificHeatJKgK * waterFlowM3h / 3600
                * rules.MineWaterDeltaTK / 1000 * rules.DesignHeatingCop / (rules.DesignHeatingCop - 1);
            var byLand = Math.Min(landHa * rules.GreenhouseLandShare * M2PerHa, rules.MaxGreenhouseAreaM2);
            var byWater = waterHeatKw / rules.HeatingDesignKwPerM2;
            areaM2 = Math.Floor(Math.Min(byLand, byWater));
            if (byWater < byLand)
                flags.Add(F($"greenhouse area limited by the mine water ({waterFlowM3h:G4} m³/h × {rules.MineWaterDeltaTK:G3} K) to {areaM2:N0} m²"));
            if (areaM2 >= 1)
            {
                heatKw = Math.Round(areaM2 * rules.HeatingDesignKwPerM2);
                houses = gh with { House = gh.House with { FloorAreaM2 = areaM2 } };
                heat = plant with
                {
                    HeatPump = plant.HeatPump with { RatedHeatingKw = heatKw, RatedCoolingKw = Math.Round(heatKw * rules.CoolingPerHeatingRatio) },
                    Source = plant.Source with
                    {
                        MaxFlowM3h = waterFlowM3h,
                        TemperatureC = waterTempC,
                        MinReturnTemperatureC = waterTempC - rules.MineWaterDeltaTK,
                        MaxReturnTemperatureC = waterTempC + rules.MineWaterDeltaTK,
                    },
                };
            }
            else
            {
                areaM2 = 0;
                heat = null;
                flags.Add("no greenhouse: too little land or mine water");
            }
        }

        var (hydro, headM, hydroKw, hydroKwh) = ShaftStorage(rules, mine, flags);

        double batteryKwh = 0;
        BatterySpec? battery = null;
        if (rules.BatteryPowerPerPvKw > 0 && rules.BatteryHours > 0 && pvKw > 0)
        {
            var batteryKw = Math.Round(rules.BatteryPowerPerPvKw * pvKw);
            batteryKwh = Math.Round(batteryKw * rules.BatteryHours);
            if (batteryKw > 0 && batteryKwh > 0)
                battery = (template.Battery ?? new BatterySpec { EnergyCapacityKwh = 1, RatedPowerKw = 1 }) with { EnergyCapacityKwh = batteryKwh, RatedPowerKw = batteryKw };
            else
                batteryKwh = 0;
        }

        var design = template with
        {
            Name = mine.Name,
            Site = template.Site with { Name = mine.Name, LatitudeDeg = mine.LatitudeDeg, LongitudeDeg = mine.LongitudeDeg, ElevationM = elevationM },
            PvPlants = pvPlants,
            Greenhouses = houses,
            Heat = heat,
            PumpedHydro = hydro,
            Battery = battery,
            GridConnection = new GridConnection
            {
                ImportLimitKw = Math.Max(Math.Round(rules.ImportLimitPerPvKw * pvKw), rules.MinGridConnectionKw),
                ExportLimitKw = Math.Max(Math.Round(rules.ExportLimitPerPvKw * pvKw), 0),
            },
        };
        return new MineDesign(design, landHa, pvKw, areaM2, heatKw, waterFlowM3h, waterTempC, headM, hydroKw, hydroKwh, batteryKwh, flags);
    }

    private static (ShaftPumpedHydroSpec? Spec, double HeadM, double PowerKw, double EnergyKwh) ShaftStorage(
        ScreeningTemplate rules, CandidateMine mine, List<string> flags)
    {
        if (!rules.ShaftStorage)
            return (null, 0, 0, 0);
        if (mine.MineType is not (MineType.Underground or MineType.UndergroundAndSurface))
        {
            flags.Add(mine.MineType == MineType.Unknown ? "no shaft storage: mine type unknown" : "no shaft storage: not an underground mine");
            return (null, 0, 0, 0);
        }
        if (mine.DepthM is not { } depthM)
        {
            flags.Add("no shaft storage: depth unknown (an estimated GEM depth counts as unknown)");
            return (null, 0, 0, 0);
        }
        if (depthM < rules.MinHeadM)
        {
            flags.Add(F($"no shaft storage: depth {depthM:G4} m is below min_head_m = {rules.MinHeadM:G4} m"));
            return (null, 0, 0, 0);
        }
        var headM = Math.Min(depthM, rules.MaxHeadM);
        if (depthM > rules.MaxHeadM)
            flags.Add(F($"shaft head capped at max_head_m = {rules.MaxHeadM:G4} m (depth {depthM:G4} m)"));

        var inflowM3h = mine.MineWaterInflowM3H ?? rules.DefaultMineWaterInflowM3h;
        if (mine.MineWaterInflowM3H is null)
            flags.Add(F($"mine-water inflow unknown: the shaft plant pumps out the template default {inflowM3h:G4} m³/h"));
        const double pondDepthM = 5, pondMinDepthM = 0.5, sumpDepthM = 4, sumpMinDepthM = 0.5, turbineEfficiency = 0.85;
        var volumeM3 = rules.UndergroundVolumeM3;
        var plantFlowM3s = volumeM3 / (rules.StorageHours * 3600);
        var plantKw = PhysicalConstants.WaterDensityKgM3 * PhysicalConstants.GravityMs2 * plantFlowM3s * headM * turbineEfficiency / 1000;
        var units = (int)Math.Clamp(Math.Ceiling(plantKw / rules.MaxUnitPowerKw), 1, 64);
        var unitKw = Math.Floor(plantKw / units);
        if (unitKw < 1)
        {
            flags.Add("no shaft storage: under 1 kW per unit");
            return (null, 0, 0, 0);
        }
        var diameterM = Math.Sqrt(4 * plantFlowM3s / (Math.PI * rules.PenstockVelocityMs));
        var unitFlowM3s = plantFlowM3s / units;
        var spec = new ShaftPumpedHydroSpec
        {
            Name = F($"Shaft pumped hydro, {headM:G4} m head"),
            UpperReservoir = Reservoir.Prismatic("UpperReservoir", 0, volumeM3 / (pondDepthM - pondMinDepthM), pondDepthM, pondMinDepthM),
            LowerReservoir = Reservoir.Prismatic("LowerReservoir", -headM, volumeM3 / (sumpDepthM - sumpMinDepthM), sumpDepthM, sumpMinDepthM),
            ShaftDepthM = headM + 5,
            Penstock = new Penstock { LengthM = headM + 30, DiameterM = diameterM, RoughnessM = 4.6e-5, MinorLossCoefficient = 2.0 },
            UnitCount = units,
            Machine = new HydraulicMachine
            {
                TurbineRatedPowerKw = unitKw,
                PumpRatedPowerKw = Math.Round(unitKw * 1.1),
                TurbineEfficiency = EfficiencyCurve.Francis(unitFlowM3s, headM),
                PumpEfficiency = EfficiencyCurve.Parabolic(peakEfficiency: 0.88, peakFlowFraction: 1.0, zeroEfficiencyFlowFraction: 0),
                GeneratorEfficiency = 0.96,
                MotorEfficiency = 0.96,
                TurbineMinimumFlowFraction = 0.35,
                PumpMinimumPowerFraction = 1.0,
                RampFractionPerMinute = 1.0,
                TurbineStartUpMinutes = 3,
                PumpStartUpMinutes = 6,
            },
            MineWaterInflowM3h = inflowM3h,
            DewateringCapacityM3h = Math.Max(2 * inflowM3h, 50),
            DewateringEfficiency = 0.65,
            DewateringDischargeElevationM = 0,
        };
        return (spec, headM, units * unitKw, units * unitKw * rules.StorageHours);
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
