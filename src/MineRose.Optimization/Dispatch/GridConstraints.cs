using Google.OrTools.LinearSolver;
using MineRose.Optimization.Solving;

namespace MineRose.Optimization.Dispatch;

/// <summary>Grid exchange: import and export within the connection limits, priced by the tariff series and, optionally, CO₂.</summary>
/// <remarks>
/// <para>0 ≤ P_imp,t ≤ P̄_imp; 0 ≤ P_exp,t ≤ P̄_exp; cost Σ_t (p_imp,t + c_CO₂·f_grid/1000)·P_imp,t·Δt − p_exp,t·P_exp,t·Δt [140].</para>
/// <para>Symbols: P_imp → <see cref="ImportKw"/>; P_exp → <see cref="ExportKw"/>; P̄ → <see cref="DispatchCapacities.ImportLimitKw"/>,
/// <see cref="DispatchCapacities.ExportLimitKw"/>; p_imp, p_exp → <see cref="DispatchInputs.ImportPriceCnyPerKwh"/>,
/// <see cref="DispatchInputs.ExportPriceCnyPerKwh"/>; f_grid → <see cref="DispatchInputs.GridCo2KgPerKwh"/> [kg/kWh];
/// c_CO₂ → <see cref="DispatchOptions.Co2PriceCnyPerTonne"/>.</para>
/// <para>The meter nets import and export within an interval, so the cost of the net exchange is convex only where
/// p_exp,t ≤ p_imp,t; there the optimum never uses both. Where the export price is above the import price (e.g. a coal
/// benchmark export price above the valley import price) an LP would import and export at once to earn the spread, so a
/// binary z_t is essential: P_imp,t ≤ P̄_imp·z_t, P_exp,t ≤ P̄_exp·(1 − z_t). The pure LP relaxation instead credits
/// exports in those intervals at the import price, min(p_exp,t, p_imp,t): a conservative plan that never pays for both.</para>
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
            double importPrice = inputs.ImportPriceCnyPerKwh[t], exportPrice = inputs.ExportPriceCnyPerKwh[t];
            objective.SetCoefficient(imp[t], (importPrice + co2CnyPerKwh) * dt);
            if (exportPrice > importPrice && !options.UseBinaries)
                exportPrice = importPrice;
            objective.SetCoefficient(exp[t], -exportPrice * dt);
            if (exportPrice > importPrice)
            {
                var z = model.Integer(0, 1, "grid_importing", t);
                var importOn = model.Row(double.NegativeInfinity, 0, "grid_import_direction", t);
                importOn.SetCoefficient(imp[t], 1);
                importOn.SetCoefficient(z, -BigM(capacities.ImportLimitKw));
                var exportOn = model.Row(double.NegativeInfinity, BigM(capacities.ExportLimitKw), "grid_export_direction", t);
                exportOn.SetCoefficient(exp[t], 1);
                exportOn.SetCoefficient(z, BigM(capacities.ExportLimitKw));
            }
        }
        return new GridConstraints(imp, exp);
    }

    // A bound on a capacity for the direction rows: the constant itself, or the sizing variable's upper bound.
    private static double BigM(CapacityExpression capacity) =>
        capacity.IsConstant ? capacity.Constant : Math.Abs(capacity.Scale) * capacity.Variable!.Ub();
}
