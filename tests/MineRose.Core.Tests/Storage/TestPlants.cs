using MineRose.Core.Storage;

namespace MineRose.Core.Tests.Storage;

/// <summary>Simple plants whose heads and energies can be worked out by hand.</summary>
internal static class TestPlants
{
    public const double RhoG = 999.1 * 9.80665;

    public const double AreaM2 = 1000;

    /// <summary>Two 1000 m² × 10 m prismatic reservoirs: upper floor at 0 m, lower floor at −110 m; gross head 100–120 m.</summary>
    public static ShaftPumpedHydroSpec Prismatic(int units = 1, bool lossless = false, double pumpMinimumFraction = 1.0) => new()
    {
        Name = "prismatic test plant",
        UpperReservoir = Reservoir.Prismatic("UpperReservoir", 0, AreaM2, 10),
        LowerReservoir = Reservoir.Prismatic("LowerReservoir", -110, AreaM2, 10),
        ShaftDepthM = 120,
        Penstock = lossless
            ? new Penstock { LengthM = 0, DiameterM = 1.0, MinorLossCoefficient = 0 }
            : new Penstock { LengthM = 130, DiameterM = 0.8, MinorLossCoefficient = 2.0 },
        UnitCount = units,
        Machine = new HydraulicMachine
        {
            TurbineRatedPowerKw = 1000,
            PumpRatedPowerKw = 1100,
            TurbineEfficiency = EfficiencyCurve.Parabolic(0.90, 1.0, 0.0),
            PumpEfficiency = EfficiencyCurve.Parabolic(0.88, 1.0, 0.0),
            GeneratorEfficiency = 0.96,
            MotorEfficiency = 0.96,
            TurbineMinimumFlowFraction = 0.35,
            PumpMinimumPowerFraction = pumpMinimumFraction,
            RampFractionPerMinute = 1.0,
            TurbineStartUpMinutes = 0,
            PumpStartUpMinutes = 0,
        },
    };

    /// <summary>Potential energy of the water in a prismatic reservoir relative to the datum, ρ·g·A·(z_b·h + h²/2) [J].</summary>
    public static double PrismaticPotentialJ(double floorM, double volumeM3)
    {
        var h = volumeM3 / AreaM2;
        return RhoG * AreaM2 * (floorM * h + h * h / 2);
    }

    /// <summary>Potential energy of both reservoirs of <see cref="Prismatic"/> in a state [J].</summary>
    public static double PotentialJ(in ShaftPumpedHydroState s) =>
        PrismaticPotentialJ(0, s.UpperVolumeM3) + PrismaticPotentialJ(-110, s.LowerVolumeM3);
}
