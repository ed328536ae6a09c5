namespace MineRose.Core.Storage;

/// <summary>What bound a battery step.</summary>
public enum BatteryLimit
{
    /// <summary>The request was met in full.</summary>
    None = 0,

    /// <summary>Discharge stopped at the lower state-of-charge limit.</summary>
    Empty,

    /// <summary>Charge stopped at the upper state-of-charge limit.</summary>
    Full,

    /// <summary>The request exceeded the power rating; the rated power was delivered.</summary>
    AbovePowerRating,

    /// <summary>The capacity has faded to the end-of-life fraction; the battery no longer operates.</summary>
    EndOfLife,
}
