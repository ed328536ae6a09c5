namespace MineRose.Core.Mines;

/// <summary>How well the given coordinates locate the mine [210].</summary>
public enum LocationAccuracy
{
    /// <summary>Coordinates of the mine itself.</summary>
    Exact,

    /// <summary>Coordinates of a nearby town or the coalfield.</summary>
    Approximate,

    /// <summary>Not stated (users' own lists).</summary>
    Unknown,
}
