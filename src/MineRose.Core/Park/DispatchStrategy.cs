namespace MineRose.Core.Park;

/// <summary>How the rule-based dispatcher uses the park's storage (battery and shaft pumped hydro).</summary>
public enum DispatchStrategy
{
    /// <summary>Store surplus PV, discharge at deficit; the grid takes and gives the rest.</summary>
    SelfConsumption,

    /// <summary>Charge from PV and the grid in the valley and deep-valley hours, discharge in peak and critical-peak hours,
    /// self-consumption otherwise.</summary>
    TimeOfUseArbitrage,
}
