namespace MineRose.Core.Economics;

/// <summary>Whether a discount rate, and the money it discounts, is real (constant money) or nominal (money of each year) [163].</summary>
public enum DiscountBasis
{
    /// <summary>Real: money of constant purchasing power; escalation rates are rates above general inflation.</summary>
    Real,

    /// <summary>Nominal: money of each year; escalation rates include general inflation.</summary>
    Nominal,
}
