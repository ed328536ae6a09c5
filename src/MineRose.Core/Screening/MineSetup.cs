using MineRose.Core.Park;
using MineRose.Core.Solar;
using MineRose.Core.Weather;

namespace MineRose.Core.Screening;

/// <summary>What a screening evaluates for one mine before any dispatch: the result so far (identity, the sizes the template
/// chose, the weather station, every flag), the park design, its weather on the simulation grid and the sun at the mine.
/// The rule-based and the optimal evaluations of a mine both start from it, so the template logic exists once.</summary>
/// <param name="Result">The mine's result without KPIs; when the mine cannot be evaluated, <see cref="MineScreeningResult.FailureReason"/>
/// says why and <paramref name="Design"/> is null.</param>
/// <param name="Design">The park the template designed for the mine, or null.</param>
/// <param name="Weather">The weather year on the template's time step, or null when the mine failed before it was built.</param>
/// <param name="Sun">The sun path at the park's site on <paramref name="Weather"/>'s grid, or null with <paramref name="Design"/>.</param>
public sealed record MineSetup(MineScreeningResult Result, ParkDesign? Design, WeatherSeries? Weather, SunPath? Sun)
{
    /// <summary>True when the park can be simulated (a design, its weather and sun path are present).</summary>
    public bool CanSimulate => Design is not null && Weather is not null && Sun is not null;
}
