namespace MineRose.Core.Mines;

/// <summary>Where a reported mine depth comes from [210].</summary>
public enum DepthAccuracy
{
    /// <summary>A depth reported for this mine: the only kind the readers keep as a value.</summary>
    Exact,

    /// <summary>An estimate: in GCMT mostly a default fill (746 of 815 Chinese non-closed estimates are exactly 456 m),
    /// so the depth is read as unknown.</summary>
    Estimate,

    /// <summary>No depth, or no statement of its accuracy.</summary>
    Unknown,
}
