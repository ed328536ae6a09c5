namespace MineRose.Core.Storage;

/// <summary>Shaft pumped-hydro designs for the Dakuishan mine: the 100 kW pilot on a 165 m drop and the 12 MW × 4 h phase II [76], [77].</summary>
/// <remarks>
/// Only the ratings, the drop and the size of the phase II pond ("16万" m³, read as 160,000 m³) are published [76];
/// every other figure here (reservoir shapes, levels, penstock, number of units, efficiencies, start-up times, mine
/// inflow) is an engineering assumption within published ranges, stated beside it, to be replaced by site data.
/// </remarks>
public static class PumpedHydroPresets
{
    /// <summary>The 100 kW pilot: one pump running as turbine between a surface tank and a roadway sump 165 m below.</summary>
    public static ShaftPumpedHydroSpec DakuishanPilot { get; } = new()
    {
        Name = "Dakuishan pilot, 100 kW on a 165 m drop",
        // Assumed: a 500 m² × 3 m surface tank, 0.3 m kept over the intake; ≈4 h at rated flow.
        UpperReservoir = Reservoir.Prismatic("UpperReservoir", bottomElevationM: 0.0, surfaceAreaM2: 500, depthM: 3.0, minimumDepthM: 0.3),
        // Assumed: a roadway sump of 620 m² (≈4 m × 155 m of roadway), 2.5 m deep; levels put the mean drop at ≈165 m.
        LowerReservoir = Reservoir.Prismatic("LowerReservoir", bottomElevationM: -164.7, surfaceAreaM2: 620, depthM: 2.5, minimumDepthM: 0.25),
        ShaftDepthM = 170,
        // Assumed: a 250 mm steel main down the shaft; ΣK ≈ 2.5 for a rounded intake, the exit, four bends and two valves [72].
        Penstock = new Penstock { LengthM = 185, DiameterM = 0.25, RoughnessM = 4.6e-5, MinorLossCoefficient = 2.5 },
        UnitCount = 1,
        Machine = new HydraulicMachine
        {
            TurbineRatedPowerKw = 100,
            PumpRatedPowerKw = 125,
            // A pump as turbine: best efficiency ≈0.80 at rated flow, no guide vanes, zero near 35 % of it [74].
            TurbineEfficiency = EfficiencyCurve.Parabolic(peakEfficiency: 0.80, peakFlowFraction: 1.0, zeroEfficiencyFlowFraction: 0.35),
            PumpEfficiency = EfficiencyCurve.Parabolic(peakEfficiency: 0.82, peakFlowFraction: 1.0, zeroEfficiencyFlowFraction: 0),
            GeneratorEfficiency = 0.92,
            MotorEfficiency = 0.93,
            // Without guide vanes a pump as turbine is run only near its best-efficiency flow.
            TurbineMinimumFlowFraction = 0.6,
            PumpMinimumPowerFraction = 1.0,
            RampFractionPerMinute = 1.0,
            TurbineStartUpMinutes = 2,
            PumpStartUpMinutes = 2,
        },
        // Assumed mine inflow; the mine's own figure is not published.
        MineWaterInflowM3h = 50,
        DewateringCapacityM3h = 200,
        DewateringEfficiency = 0.65,
        DewateringDischargeElevationM = 0,
    };

    /// <summary>Phase II, 12 MW × 4 h: four reversible Francis pump-turbines between a 160,000 m³ pond and flooded roadways.</summary>
    public static ShaftPumpedHydroSpec DakuishanPhase2 { get; } = new()
    {
        Name = "Dakuishan phase II, 12 MW x 4 h",
        // The reported 160,000 m³ pond: a 120 m × 110 m floor, 1:2 banks, 9 m to the crest (V = 159,948 m³);
        // operated between 1.5 m (intake submergence) and 8.5 m (0.5 m freeboard): 127,857 m³ active.
        UpperReservoir = Reservoir.SlopedPond("UpperReservoir", bottomElevationM: 0.0, floorLengthM: 120, floorWidthM: 110,
            depthM: 9.0, sideSlope: 2.0, minimumDepthM: 1.5, maximumDepthM: 8.5),
        // Assumed: roadways and goaf of two old levels, 10 m of height, wider with height; a 6,000 m³ sump stays full;
        // 134,000 m³ active, so the pond's active volume always fits.
        LowerReservoir = new Reservoir("LowerReservoir",
            levelsM: [-165, -163, -161, -159, -157, -155],
            volumesM3: [0, 14_000, 44_000, 78_000, 110_000, 142_000],
            minimumVolumeM3: 6_000, maximumVolumeM3: 140_000),
        ShaftDepthM = 175,
        // A 1.5 m steel penstock (FACTS: ≈1.5 m at ≈5 m/s for 12 MW): 175 m of shaft and ≈50 m of intake and tailrace;
        // ΣK ≈ 2.0 for a bellmouth intake (0.05), the exit (1.0), two long bends (2 × 0.3) and an open butterfly valve (0.3) [72].
        Penstock = new Penstock { LengthM = 225, DiameterM = 1.5, RoughnessM = 4.6e-5, MinorLossCoefficient = 2.0 },
        UnitCount = 4,
        Machine = new HydraulicMachine
        {
            TurbineRatedPowerKw = 3000,
            PumpRatedPowerKw = 3300,
            // RETScreen Francis curve for ≈2.2 m³/s per unit at ≈160 m net head [73].
            TurbineEfficiency = EfficiencyCurve.Francis(designFlowM3s: 2.2, ratedHeadM: 160),
            PumpEfficiency = EfficiencyCurve.Parabolic(peakEfficiency: 0.90, peakFlowFraction: 1.0, zeroEfficiencyFlowFraction: 0),
            GeneratorEfficiency = 0.975,
            MotorEfficiency = 0.975,
            TurbineMinimumFlowFraction = 0.35,
            PumpMinimumPowerFraction = 1.0,
            RampFractionPerMinute = 1.0,
            TurbineStartUpMinutes = 3,
            PumpStartUpMinutes = 6,
        },
        MineWaterInflowM3h = 50,
        DewateringCapacityM3h = 200,
        DewateringEfficiency = 0.65,
        DewateringDischargeElevationM = 0,
        // Assumed open-water evaporation for Zibo, ≈1,100 mm a year.
        UpperEvaporationMmPerDay = 3.0,
    };
}
