namespace MineRose.Optimization.Dispatch;

/// <summary>What a rolling-horizon window knows of PV and load ahead (prices are always known: a tariff).</summary>
public enum ForecastKind
{
    /// <summary>The actual PV and load: perfect foresight within the window.</summary>
    Perfect,

    /// <summary>Persistence (naïve): every day of the window repeats the last observed day's PV and load [225].</summary>
    Persistence,
}
