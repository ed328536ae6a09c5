using Google.OrTools.LinearSolver;
using MineRose.Optimization.Solving;

namespace MineRose.Optimization.Dispatch;

/// <summary>Grid exchange: import and export within the connection limits, priced by the tariff series and, optionally, CO₂.</summary>
/// <remarks>
/// <para>0 ≤ P_imp,t ≤ P̄_imp; 0 ≤ P_exp,t ≤ P̄_exp; cost Σ_t (p_imp,t + c_CO₂·f_grid/1000)·P_imp,t·Δt − p_exp,t·P_exp,t·Δt [140].</para>
/// <para>Symbols: P_imp → <see cref="ImportKw"/>; P_exp → <see cref="ExportKw"/>; P̄ → <see cref="DispatchCapacities.ImportLimitKw"/>,
/// <see cref="DispatchCapacities.ExportLimitKw"/>; p_imp, p_exp → <see cref="DispatchInputs.ImportPriceCnyPerKwh"/>,
/// <see cref="DispatchInputs.ExportPriceCnyPerKwh"/>; f_grid → <see cref="DispatchInputs.GridCo2KgPerKwh"/> [kg/kWh];
/// c_CO₂ → <see cref="DispatchOptions.Co2PriceCnyPerTonne"/>. Import and export in one interval are both allowed; with the
/// export price below the import price the optimum never uses both.</para>
/// </remarks>
public sealed class GridConstraints
{
    private GridConstraints(Variable[] importKw, Variable[] exportKw)
    {
        ImportKw = importKw;
        ExportKw = exportKw;
    }

    /// <summary>Grid import per interval [kW].</summary>
    public Variable[] ImportKw { get; }

    /// <summary>Grid export per interval [kW].</summary>
    public Variable[] ExportKw { get; }

    /// <summary>Adds the family to a model.</summary>
    /// <param name="model">The model.</param>
    /// <param name="inputs">Prices and grid factor.</param>
    /// <param name="capacities">Connection limits.</param>
    /// <param name="options">CO₂ price.</param>
    public static GridConstraints Add(LpModel model, DispatchInputs inputs, DispatchCapacities capacities, DispatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(capacities);
        ArgumentNullException.ThrowIfNull(options);
        int n = inputs.Count;
        double dt = inputs.StepHours;
        double co2CnyPerKwh = options.Co2PriceCnyPerTonne * inputs.GridCo2KgPerKwh / 1000.0;
        var imp = new Variable[n];
        var exp = new Variable[n];
        var objective = model.Objective;
        for (int t = 0; t < n; t++)
        {
            imp[t] = model.Continuous(0, double.PositiveInfinity, "grid_import_kw", t);
            exp[t] = model.Continuous(0, double.PositiveInfinity, "grid_export_kw", t);
            model.AtMost(imp[t], capacities.ImportLimitKw, 1, "grid_import_limit", t);
            model.AtMost(exp[t], capacities.ExportLimitKw, 1, "grid_export_limit", t);
            objective.SetCoefficient(imp[t], (inputs.ImportPriceCnyPerKwh[t] + co2CnyPerKwh) * dt);
            objective.SetCoefficient(exp[t], -inputs.ExportPriceCnyPerKwh[t] * dt);
        }
        return new GridConstraints(imp, exp);
    }
}
