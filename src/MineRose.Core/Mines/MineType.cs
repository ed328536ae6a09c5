namespace MineRose.Core.Mines;

/// <summary>How a mine reaches its coal [210].</summary>
public enum MineType
{
    /// <summary>Shafts or drifts: the type whose voids and shafts can hold pumped hydro and mine water.</summary>
    Underground,

    /// <summary>Open pit or strip mine.</summary>
    Surface,

    /// <summary>Both underground workings and a surface pit.</summary>
    UndergroundAndSurface,

    /// <summary>Not reported (GEM writes "Not found" or leaves the cell empty).</summary>
    Unknown,
}
