namespace MineRose.Core.Storage;

/// <summary>The constraint that kept a storage from delivering or absorbing exactly the requested power in an interval.</summary>
/// <remarks>Shared by every storage model (pumped hydro, battery). When several bind, a model reports the one
/// that cut the delivery last in the order: stored quantity (<see cref="Empty"/>, <see cref="Full"/>), power
/// capability (<see cref="AboveRating"/>, <see cref="BelowMinimumLoad"/>, <see cref="DiscreteUnits"/>),
/// <see cref="Ramp"/>, <see cref="StartUp"/>.</remarks>
public enum StorageLimit
{
    /// <summary>The request was met.</summary>
    None = 0,

    /// <summary>Nothing (more) could be discharged: the stored quantity reached its minimum (for pumped hydro, the
    /// upper reservoir at its minimum operating volume, or no room left in the lower one).</summary>
    Empty,

    /// <summary>Nothing (more) could be charged: the store reached its maximum (for pumped hydro, the upper
    /// reservoir at its maximum operating volume, or the lower one down to its minimum).</summary>
    Full,

    /// <summary>The request was below the smallest load a unit can run at; nothing ran.</summary>
    BelowMinimumLoad,

    /// <summary>The request exceeded what the plant can deliver or absorb at the present state (power or flow rating).</summary>
    AboveRating,

    /// <summary>The request fell between the loads that whole units can run at; it was rounded down to a feasible load.</summary>
    DiscreteUnits,

    /// <summary>The change of power from the previous interval was limited by the ramp rate.</summary>
    Ramp,

    /// <summary>Part of the interval was spent starting up or changing mode.</summary>
    StartUp,
}
