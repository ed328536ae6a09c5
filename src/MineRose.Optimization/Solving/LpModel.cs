using System.Diagnostics;
using Google.OrTools.LinearSolver;

namespace MineRose.Optimization.Solving;

/// <summary>An OR-Tools linear model with the helpers every constraint family uses: capacity bounds, priced slack, and a solve
/// that returns a <see cref="SolveReport"/>.</summary>
/// <remarks>Slack variables are registered by family with their unit and price, so that after a solve the report lists each
/// family that needed slack: an infeasible set of constraints shows up as a costly but solvable plan that names the
/// families in conflict, instead of a bare INFEASIBLE.</remarks>
public sealed class LpModel : IDisposable
{
    private readonly Dictionary<string, (string Unit, double PriceCny, List<(Variable Var, double Scale)> Vars)> slack = [];
    private readonly Stopwatch buildClock = Stopwatch.StartNew();
    private int integers;

    /// <summary>A new empty model on a solver.</summary>
    /// <param name="solver">The solver to use.</param>
    /// <param name="integral">Whether integer variables stay integer (false: every integer is relaxed to continuous, a pure LP).</param>
    /// <param name="nameVariables">Whether to give rows and columns readable names (for MPS export; costs build time).</param>
    /// <param name="highsOptions">Extra HiGHS options, one <c>name=value</c> per line (e.g. <c>solver=ipm</c>), or null.</param>
    public LpModel(LpSolver solver = LpSolver.Highs, bool integral = true, bool nameVariables = false, string? highsOptions = null)
    {
        SolverKind = solver;
        // HiGHS has a pure-LP entry point; an integral model needs the MIP one. CLP and GLOP are LP only.
        string id = solver switch
        {
            LpSolver.Highs => integral ? "HIGHS" : "HIGHS_LP",
            LpSolver.Clp => "CLP",
            LpSolver.Glop => "GLOP",
            _ => throw new Core.InvalidInputException("solver", solver.ToString(), "highs, clp or glop"),
        };
        Solver = Solver.CreateSolver(id) ?? throw new InvalidOperationException($"OR-Tools solver {id} is not available on this machine.");
        Solver.SuppressOutput();
        if (solver == LpSolver.Highs)
        {
            // OR-Tools 9.15's HiGHS wrapper reports false here but passes the string on to HiGHS with the model (highs_proto_solver),
            // one "name=value" per line; a name HiGHS does not know makes the solve return MODEL_INVALID_SOLVER_PARAMETERS.
            string parameters = string.IsNullOrWhiteSpace(highsOptions) ? "output_flag=false" : "output_flag=false\n" + highsOptions.Trim();
            Solver.SetSolverSpecificParametersAsString(parameters);
        }
        Integral = integral && solver == LpSolver.Highs;
        NameVariables = nameVariables;
        Solver.Objective().SetMinimization();
    }

    /// <summary>The OR-Tools solver holding the model; sizing adds its own capacity variables and cost terms here.</summary>
    public Solver Solver { get; }

    /// <summary>The solver kind.</summary>
    public LpSolver SolverKind { get; }

    /// <summary>Whether integer variables are kept integer.</summary>
    public bool Integral { get; }

    /// <summary>Whether rows and columns get names.</summary>
    public bool NameVariables { get; }

    /// <summary>The objective (minimised) [CNY].</summary>
    public Objective Objective => Solver.Objective();

    /// <summary>A continuous variable.</summary>
    /// <param name="lower">Lower bound.</param>
    /// <param name="upper">Upper bound.</param>
    /// <param name="family">Name stem (used when <see cref="NameVariables"/>).</param>
    /// <param name="t">Interval index for the name.</param>
    public Variable Continuous(double lower, double upper, string family, int t) =>
        Solver.MakeNumVar(lower, upper, NameVariables ? $"{family}_{t}" : "");

    /// <summary>An integer variable (continuous when the model is not <see cref="Integral"/>).</summary>
    /// <param name="lower">Lower bound.</param>
    /// <param name="upper">Upper bound.</param>
    /// <param name="family">Name stem.</param>
    /// <param name="t">Interval index for the name.</param>
    public Variable Integer(double lower, double upper, string family, int t)
    {
        if (!Integral)
            return Continuous(lower, upper, family, t);
        integers++;
        return Solver.MakeIntVar(lower, upper, NameVariables ? $"{family}_{t}" : "");
    }

    /// <summary>A row lower ≤ Σ a·x ≤ upper, coefficients to be set by the caller.</summary>
    /// <param name="lower">Lower bound.</param>
    /// <param name="upper">Upper bound.</param>
    /// <param name="family">Name stem.</param>
    /// <param name="t">Interval index for the name.</param>
    public Constraint Row(double lower, double upper, string family, int t) =>
        Solver.MakeConstraint(lower, upper, NameVariables ? $"{family}_{t}" : "");

    /// <summary>x ≤ factor·capacity: a bound when the capacity is constant, else a row.</summary>
    /// <param name="x">The variable.</param>
    /// <param name="capacity">The capacity.</param>
    /// <param name="factor">Multiplier of the capacity [—].</param>
    /// <param name="family">Row name stem.</param>
    /// <param name="t">Interval index.</param>
    public void AtMost(Variable x, CapacityExpression capacity, double factor, string family, int t)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (capacity.IsConstant)
        {
            x.SetUb(Math.Min(x.Ub(), factor * capacity.Constant));
            return;
        }
        var row = Row(double.NegativeInfinity, 0, family, t);
        row.SetCoefficient(x, 1);
        capacity.AddTo(row, -factor, double.NegativeInfinity, 0);
    }

    /// <summary>x ≥ factor·capacity: a bound when the capacity is constant, else a row.</summary>
    /// <param name="x">The variable.</param>
    /// <param name="capacity">The capacity.</param>
    /// <param name="factor">Multiplier of the capacity [—].</param>
    /// <param name="family">Row name stem.</param>
    /// <param name="t">Interval index.</param>
    public void AtLeast(Variable x, CapacityExpression capacity, double factor, string family, int t)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (capacity.IsConstant)
        {
            x.SetLb(Math.Max(x.Lb(), factor * capacity.Constant));
            return;
        }
        var row = Row(0, double.PositiveInfinity, family, t);
        row.SetCoefficient(x, 1);
        capacity.AddTo(row, -factor, 0, double.PositiveInfinity);
    }

    /// <summary>A priced slack variable of a family, ≥ 0, added to the objective at its price.</summary>
    /// <param name="family">Constraint family, e.g. <c>electric_balance</c>.</param>
    /// <param name="unit">Unit of the slack's amount per interval (after <paramref name="amountPerValue"/>), e.g. <c>kWh</c>.</param>
    /// <param name="priceCnyPerUnit">Penalty [CNY per unit of amount].</param>
    /// <param name="amountPerValue">Amount per unit of the variable, e.g. Δt to turn kW into kWh.</param>
    /// <param name="t">Interval index.</param>
    public Variable Slack(string family, string unit, double priceCnyPerUnit, double amountPerValue, int t)
    {
        var s = Continuous(0, double.PositiveInfinity, "slack_" + family, t);
        Objective.SetCoefficient(s, priceCnyPerUnit * amountPerValue);
        if (!slack.TryGetValue(family, out var entry))
        {
            entry = (unit, priceCnyPerUnit, []);
            slack[family] = entry;
        }
        entry.Vars.Add((s, amountPerValue));
        return s;
    }

    /// <summary>Solves under a time limit and reports; the variables then hold the best plan found.</summary>
    /// <param name="timeLimitSeconds">Wall-time limit [s].</param>
    /// <param name="relativeGap">Relative MIP gap at which to stop [—].</param>
    public SolveReport Solve(double timeLimitSeconds, double relativeGap = 1e-4)
    {
        Core.Guard.Positive(timeLimitSeconds, "time_limit_s");
        double buildMs = buildClock.Elapsed.TotalMilliseconds;
        Solver.SetTimeLimit((long)Math.Ceiling(timeLimitSeconds * 1000));
        using var parameters = new MPSolverParameters();
        parameters.SetDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, relativeGap);
        var clock = Stopwatch.StartNew();
        var status = Solver.Solve(parameters);
        double solveMs = clock.Elapsed.TotalMilliseconds;
        bool hasPlan = status is Solver.ResultStatus.OPTIMAL or Solver.ResultStatus.FEASIBLE;
        double objective = hasPlan ? Objective.Value() : double.NaN;
        double bound = hasPlan ? (integers > 0 ? Objective.BestBound() : objective) : double.NaN;
        double gap = hasPlan ? Math.Abs(objective - bound) / Math.Max(Math.Abs(objective), 1.0) : double.NaN;
        var used = new List<SlackUse>();
        if (hasPlan)
        {
            foreach (var (family, (unit, _, vars)) in slack)
            {
                double amount = 0, cost = 0;
                int intervals = 0;
                foreach (var (v, perValue) in vars)
                {
                    double a = v.SolutionValue() * perValue;
                    if (a > 1e-6)
                    {
                        amount += a;
                        // Each variable's own objective coefficient: sizing weights the penalty of each representative day.
                        cost += v.SolutionValue() * Objective.GetCoefficient(v);
                        intervals++;
                    }
                }
                if (intervals > 0)
                    used.Add(new SlackUse(family, amount, unit, cost, intervals));
            }
        }
        string name = SolverKind switch
        {
            LpSolver.Highs => "HiGHS (OR-Tools " + Google.OrTools.Init.OrToolsVersion.VersionString() + ")",
            _ => Solver.SolverVersion(),
        };
        return new SolveReport(name, status.ToString(), objective, bound, gap, solveMs, buildMs,
            Solver.NumConstraints(), Solver.NumVariables(), integers, used);
    }

    /// <summary>The model in free MPS format [227], for other solvers.</summary>
    public string ExportMps() => Solver.ExportModelAsMpsFormat(false, false);

    /// <inheritdoc/>
    public void Dispose() => Solver.Dispose();
}
