namespace MineRose.Optimization.Solving;

/// <summary>The solver behind a model, through OR-Tools' linear-solver wrapper.</summary>
public enum LpSolver
{
    /// <summary>HiGHS [221]: dual simplex / interior point for LPs, branch and cut for MILPs. The default.</summary>
    Highs,

    /// <summary>COIN-OR CLP [222], LP only (a MILP is solved as its relaxation).</summary>
    Clp,

    /// <summary>Google's GLOP primal/dual simplex [220], LP only (a MILP is solved as its relaxation).</summary>
    Glop,
}
