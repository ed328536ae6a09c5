namespace MineRose.Optimization.Sizing;

/// <summary>What a sizing solve optimises.</summary>
public enum SizingObjective
{
    /// <summary>Least annualised cost: Σ c_k·(CRF(r, L_k) + o_k)·x_k + the dispatch's annual energy cost [244], [246].</summary>
    MinimiseAnnualisedCost,

    /// <summary>Largest net present value over the project life, with the revenues that scale with the capacities (roses per m²,
    /// exports and avoided imports through the dispatch) and the conventions of the cash-flow table [163], [248], [249].</summary>
    MaximiseNpv,
}
