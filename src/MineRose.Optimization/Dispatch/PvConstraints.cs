using Google.OrTools.LinearSolver;
using MineRose.Optimization.Solving;

namespace MineRose.Optimization.Dispatch;

/// <summary>PV: the output used is at most what the PV chain makes available; the rest is curtailed.</summary>
/// <remarks>
/// <para>0 ≤ P_pv,t ≤ π_t·S_pv; curtailment = π_t·S_pv − P_pv,t.</para>
/// <para>Symbols: P_pv → <see cref="UsedKw"/>; π_t → <see cref="DispatchInputs.PvAcKwPerKwp"/> (the simulator's PVWatts chain per kWp);
/// S_pv → <see cref="DispatchCapacities.PvKw"/>.</para>
/// </remarks>
public sealed class PvConstraints
{
    private PvConstraints(Variable[] usedKw) => UsedKw = usedKw;

    /// <summary>PV output used per interval [kW].</summary>
    public Variable[] UsedKw { get; }

    /// <summary>Adds the family to a model.</summary>
    /// <param name="model">The model.</param>
    /// <param name="inputs">PV per kWp.</param>
    /// <param name="capacities">Installed PV.</param>
    public static PvConstraints Add(LpModel model, DispatchInputs inputs, DispatchCapacities capacities)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(capacities);
        var used = new Variable[inputs.Count];
        for (int t = 0; t < used.Length; t++)
        {
            used[t] = model.Continuous(0, double.PositiveInfinity, "pv_used_kw", t);
            model.AtMost(used[t], capacities.PvKw, inputs.PvAcKwPerKwp[t], "pv_available", t);
        }
        return new PvConstraints(used);
    }
}
