namespace MineRose.Optimization.Dispatch;

/// <summary>A rolling horizon: a window planned ahead, of which the first part is kept before planning again.</summary>
/// <param name="WindowHours">Length of each planning window [h], e.g. 48.</param>
/// <param name="ReplanHours">Hours kept from each plan before the next is made [h], e.g. 24; ≤ the window.</param>
/// <param name="Forecast">What each window knows of PV and load ahead.</param>
public sealed record RollingHorizonOptions(double WindowHours = 48, double ReplanHours = 24, ForecastKind Forecast = ForecastKind.Perfect)
{
    /// <summary>Checks every field and returns the options, or throws naming the bad field.</summary>
    public RollingHorizonOptions Validated()
    {
        Core.Guard.InRange(WindowHours, 1, 8784, "horizon_hours");
        Core.Guard.InRange(ReplanHours, 1, WindowHours, "replan_hours");
        return this;
    }
}
