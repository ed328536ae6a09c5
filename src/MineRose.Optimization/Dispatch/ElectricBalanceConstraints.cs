using Google.OrTools.LinearSolver;
using MineRose.Optimization.Solving;

namespace MineRose.Optimization.Dispatch;

/// <summary>The electric bus: in every interval sources equal uses, with priced slack for demand that cannot be served and
/// energy that cannot be placed.</summary>
/// <remarks>
/// <para>P_pv,t + P_imp,t + P_dis,t + P_g,t + u_t = D_t + P_ch,t + P_p,t + P_exp,t + d_t, the bus of <c>ParkLedger</c>.</para>
/// <para>Symbols: P_pv → <see cref="PvConstraints.UsedKw"/>; P_imp, P_exp → <see cref="GridConstraints"/>; P_ch, P_dis →
/// <see cref="BatteryConstraints"/>; P_g, P_p → <see cref="ShaftStorageConstraints"/>; D → <see cref="DispatchInputs.FixedLoadKw"/>;
/// u, d → slack families <c>electric_unserved</c> and <c>electric_surplus</c>, priced at
/// <see cref="DispatchOptions.SlackPenaltyCnyPerKwh"/>.</para>
/// </remarks>
public sealed class ElectricBalanceConstraints
{
    private ElectricBalanceConstraints(Constraint[] rows) => Rows = rows;

    /// <summary>The balance row of each interval (its dual is the bus's marginal price) [CNY/kW per interval].</summary>
    public Constraint[] Rows { get; }

    /// <summary>Adds the family to a model.</summary>
    /// <param name="model">The model.</param>
    /// <param name="inputs">The fixed load.</param>
    /// <param name="options">Slack price.</param>
    /// <param name="pv">PV used.</param>
    /// <param name="grid">Import and export.</param>
    /// <param name="battery">The battery, or null.</param>
    /// <param name="hydro">The shaft storage, or null.</param>
    /// <param name="surplusEverywhere">Whether every row gets a surplus slack (true when the caller adds terms to the rows after
    /// this family is built, as sizing does); false: only rows with a negative fixed load.</param>
    public static ElectricBalanceConstraints Add(LpModel model, DispatchInputs inputs, DispatchOptions options, PvConstraints pv,
        GridConstraints grid, BatteryConstraints? battery, ShaftStorageConstraints? hydro, bool surplusEverywhere = true)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(pv);
        ArgumentNullException.ThrowIfNull(grid);
        int n = inputs.Count;
        double dt = inputs.StepHours;
        var rows = new Constraint[n];
        for (int t = 0; t < n; t++)
        {
            var row = model.Row(inputs.FixedLoadKw[t], inputs.FixedLoadKw[t], "electric_balance", t);
            row.SetCoefficient(pv.UsedKw[t], 1);
            row.SetCoefficient(grid.ImportKw[t], 1);
            row.SetCoefficient(grid.ExportKw[t], -1);
            if (battery is not null)
            {
                row.SetCoefficient(battery.DischargeKw[t], 1);
                row.SetCoefficient(battery.ChargeKw[t], -1);
            }
            if (hydro is not null)
            {
                row.SetCoefficient(hydro.GenerateKw[t], 1);
                row.SetCoefficient(hydro.PumpKw[t], -1);
            }
            row.SetCoefficient(model.Slack("electric_unserved", "kWh", options.SlackPenaltyCnyPerKwh, dt, t), 1);
            // Surplus slack only where the fixed load is negative when nothing is added to the rows after the dispatch families
            // (every source may idle, every flexible use is ≥ 0, so a row with D_t ≥ 0 is always met without it); on every row
            // for sizing, which adds loads to these rows after they are built (dropping the column there changed its NPV
            // optimum: NpvIdentityTests).
            if (surplusEverywhere || inputs.FixedLoadKw[t] < 0)
                row.SetCoefficient(model.Slack("electric_surplus", "kWh", options.SlackPenaltyCnyPerKwh, dt, t), -1);
            rows[t] = row;
        }
        return new ElectricBalanceConstraints(rows);
    }
}
