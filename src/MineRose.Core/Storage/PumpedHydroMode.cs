namespace MineRose.Core.Storage;

/// <summary>What a pumped-hydro plant is doing at the end of an interval.</summary>
public enum PumpedHydroMode
{
    /// <summary>Standing still (no unit running).</summary>
    Idle = 0,

    /// <summary>Turbines running, water flowing from the upper to the lower reservoir.</summary>
    Generating,

    /// <summary>Pumps running, water flowing from the lower to the upper reservoir.</summary>
    Pumping,
}
