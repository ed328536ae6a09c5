using MineRose.Core.Park;
using MineRose.Optimization.Solving;

namespace MineRose.Optimization.Sizing;

/// <summary>A sizing solve: the capacities, the annualised cost and its parts, the sized design and the solver's report.</summary>
/// <param name="Capacities">The capacities chosen.</param>
/// <param name="AnnualisedCostCny">Annualised capex + fixed O&amp;M (+ greenhouse crop inputs and crop labour when the area is sized) + energy cost of
/// the dispatch + boiler fuel + wear (+ penalties of any slack used) [CNY/yr]; the objective of <see cref="SizingObjective.MinimiseAnnualisedCost"/>.</param>
/// <param name="CapitalAndFixedCny">Annualised capex and fixed O&amp;M, Σ_k c_k·(CRF(r, L_k) + o_k)·x_k (with the greenhouse's crop inputs and crop
/// labour per m² when its area is sized) [CNY/yr].</param>
/// <param name="OperatingCny">The rest: imports − exports, boiler fuel, wear, priced CO₂, penalties, all per year [CNY/yr].</param>
/// <param name="Days">The representative days used, or null for the full year.</param>
/// <param name="SizedDesign">The design with the capacities applied (shaft units rounded), ready for the simulator.</param>
/// <param name="Solve">Solver, status, objective, gap, time, model size and slack used.</param>
public sealed record SizingResult(
    SizedCapacities Capacities,
    double AnnualisedCostCny,
    double CapitalAndFixedCny,
    double OperatingCny,
    RepresentativeDaySet? Days,
    ParkDesign SizedDesign,
    SolveReport Solve)
{
    /// <summary>The objective the solve optimised.</summary>
    public SizingObjective Objective { get; init; }

    /// <summary>Net present value of the solution by the LP's linear model (<see cref="SizingNpvTerms"/>), penalties of slack excluded,
    /// whatever the objective [CNY].</summary>
    public double NpvCny { get; init; } = double.NaN;
}
