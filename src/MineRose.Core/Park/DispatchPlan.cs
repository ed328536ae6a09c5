namespace MineRose.Core.Park;

/// <summary>Storage powers chosen by an optimiser for every interval, for <see cref="ParkSimulator"/> to replay in place of
/// its rule-based dispatch.</summary>
/// <param name="BatteryKw">Battery power asked for per interval [kW]: positive discharge, negative charge; empty without a battery.</param>
/// <param name="PumpedHydroKw">Shaft storage power asked for per interval [kW]: positive generate, negative pump; empty without one.</param>
public sealed record DispatchPlan(double[] BatteryKw, double[] PumpedHydroKw)
{
    /// <summary>Offset of the greenhouses' heating set-points per interval [K] (positive: pre-heat), in [−5, 5]; empty (the
    /// default) holds the designed set-points.</summary>
    public double[] HeatingSetPointOffsetK { get; init; } = [];

    /// <summary>Greenhouse lamps on (true) or off per interval, replacing the lighting controller's decision; empty (the default)
    /// lets the controller decide.</summary>
    public bool[] LampsOn { get; init; } = [];

    /// <summary>Checks the plan's length against a grid of <paramref name="count"/> intervals and its values, or throws naming the bad field.</summary>
    /// <param name="count">Intervals of the simulation grid [—].</param>
    public DispatchPlan Validated(int count)
    {
        ArgumentNullException.ThrowIfNull(BatteryKw);
        ArgumentNullException.ThrowIfNull(PumpedHydroKw);
        ArgumentNullException.ThrowIfNull(HeatingSetPointOffsetK);
        ArgumentNullException.ThrowIfNull(LampsOn);
        if (LampsOn.Length != 0 && LampsOn.Length != count)
            throw new InvalidInputException("dispatch_plan.lamps_on", LampsOn.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), $"0 or {count} values, one per interval");
        foreach (var (name, a) in new[] { ("dispatch_plan.battery_kw", BatteryKw), ("dispatch_plan.pumped_hydro_kw", PumpedHydroKw), ("dispatch_plan.heating_set_point_offset_k", HeatingSetPointOffsetK) })
        {
            if (a.Length != 0 && a.Length != count)
                throw new InvalidInputException(name, a.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), $"0 or {count} values, one per interval");
            foreach (var v in a)
                Guard.Finite(v, name);
        }
        foreach (var v in HeatingSetPointOffsetK)
            Guard.InRange(v, -5, 5, "dispatch_plan.heating_set_point_offset_k");
        return this;
    }
}
