namespace MineRose.Core.Storage;

/// <summary>Design-point figures derived from a spec's geometry, shared by validation and the model.</summary>
internal static class ShaftPumpedHydroDesign
{
    /// <summary>ρ·g [N/m³].</summary>
    public const double RhoG = PhysicalConstants.WaterDensityKgM3 * PhysicalConstants.GravityMs2;

    /// <summary>Volume one full cycle moves: the smaller of the two active volumes [m³].</summary>
    public static double CycleVolumeM3(ShaftPumpedHydroSpec spec) =>
        Math.Min(spec.UpperReservoir.ActiveVolumeM3, spec.LowerReservoir.ActiveVolumeM3);

    /// <summary>Gross head with the upper reservoir empty (at its minimum) and the lower holding the cycle volume [m].</summary>
    public static double MinimumGrossHeadM(ShaftPumpedHydroSpec spec) =>
        spec.UpperReservoir.LevelM(spec.UpperReservoir.MinimumVolumeM3)
        - spec.LowerReservoir.LevelM(spec.LowerReservoir.MinimumVolumeM3 + CycleVolumeM3(spec));

    /// <summary>Gross head with the upper reservoir holding the cycle volume and the lower at its minimum [m].</summary>
    public static double MaximumGrossHeadM(ShaftPumpedHydroSpec spec) =>
        spec.UpperReservoir.LevelM(spec.UpperReservoir.MinimumVolumeM3 + CycleVolumeM3(spec))
        - spec.LowerReservoir.LevelM(spec.LowerReservoir.MinimumVolumeM3);

    /// <summary>Energy-weighted mean gross head of a full cycle, ΔE_pot/(ρ·g·V) [m]: the design head.</summary>
    public static double DesignHeadM(ShaftPumpedHydroSpec spec)
    {
        var v = CycleVolumeM3(spec);
        var up = spec.UpperReservoir;
        var low = spec.LowerReservoir;
        return up.MeanLevelM(up.MinimumVolumeM3, up.MinimumVolumeM3 + v) - low.MeanLevelM(low.MinimumVolumeM3, low.MinimumVolumeM3 + v);
    }

    /// <summary>Largest electrical output one unit can reach at a head with all units sharing the penstock, and the flow there [kW], [m³/s].</summary>
    public static (double PowerKw, double FlowM3s) MaximumTurbinePower(ShaftPumpedHydroSpec spec, double headM)
    {
        var eta = spec.Machine.TurbineEfficiency.EfficiencyAt(1.0) * spec.Machine.GeneratorEfficiency;
        double Power(double q) => RhoG * q * (headM - spec.Penstock.HeadLossM(spec.UnitCount * q)) * eta / 1000.0;
        // The flow at which the head loss eats the whole head bounds the search.
        var hi = 1e-3;
        while (spec.Penstock.HeadLossM(spec.UnitCount * hi) < headM && hi < 1e6)
            hi *= 2;
        double lo = 0;
        for (var i = 0; i < 200; i++)
        {
            var a = lo + (hi - lo) / 3;
            var b = hi - (hi - lo) / 3;
            if (Power(a) < Power(b))
                lo = a;
            else
                hi = b;
        }
        var q = 0.5 * (lo + hi);
        return (Power(q), q);
    }

    /// <summary>Rated turbine flow of one unit: the flow at which it delivers its rated output at the design head with all units running [m³/s].</summary>
    public static double RatedTurbineFlowM3s(ShaftPumpedHydroSpec spec, double headM)
    {
        var (maxKw, qMax) = MaximumTurbinePower(spec, headM);
        var target = spec.Machine.TurbineRatedPowerKw;
        if (maxKw < target)
            return double.NaN;
        var eta = spec.Machine.TurbineEfficiency.EfficiencyAt(1.0) * spec.Machine.GeneratorEfficiency;
        double lo = 0, hi = qMax;
        for (var i = 0; i < 200 && hi - lo > 1e-15 * hi; i++)
        {
            var q = 0.5 * (lo + hi);
            var p = RhoG * q * (headM - spec.Penstock.HeadLossM(spec.UnitCount * q)) * eta / 1000.0;
            if (p < target)
                lo = q;
            else
                hi = q;
        }
        return 0.5 * (lo + hi);
    }

    /// <summary>Rated pump flow of one unit: the flow its rated input lifts at the design head with all units running [m³/s].</summary>
    public static double RatedPumpFlowM3s(ShaftPumpedHydroSpec spec, double headM)
    {
        var available = spec.Machine.PumpRatedPowerKw * 1000.0 * spec.Machine.MotorEfficiency * spec.Machine.PumpEfficiency.EfficiencyAt(1.0);
        double Needed(double q) => RhoG * q * (headM + spec.Penstock.HeadLossM(spec.UnitCount * q));
        var hi = 1e-3;
        while (Needed(hi) < available && hi < 1e6)
            hi *= 2;
        double lo = 0;
        for (var i = 0; i < 200 && hi - lo > 1e-15 * hi; i++)
        {
            var q = 0.5 * (lo + hi);
            if (Needed(q) < available)
                lo = q;
            else
                hi = q;
        }
        return 0.5 * (lo + hi);
    }
}
