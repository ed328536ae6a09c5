using MineRose.Core.Park;
using MineRose.Core.Screening;

namespace MineRose.IO.Scenarios;

/// <summary>A loaded, validated scenario: the park design, its weather, the time step and the published figures to reconcile against.</summary>
/// <param name="Design">The validated park design.</param>
/// <param name="Weather">The weather to run on.</param>
/// <param name="TimeStepMinutes">Simulation time step [min].</param>
public sealed record Scenario(ParkDesign Design, ScenarioWeather Weather, int TimeStepMinutes)
{
    /// <summary>Published figures for reconciliation, by the keys of the file's <c>published:</c> section (pv_mw, pv_output_gwh,
    /// co2_cut_t, land_restored_ha, profit_cny, jobs, stems, production_cost_cut); empty when none are given.</summary>
    public IReadOnlyDictionary<string, double> Published { get; init; } = new Dictionary<string, double>();

    /// <summary>Operating years to simulate one after another on the weather year, 1..project life [yr]; 1 (default) for a single
    /// year (<see cref="ParkSimulator.SimulateYears"/>).</summary>
    public int SimulatedYears { get; init; } = 1;

    /// <summary>The scenario file the scenario was loaded from (full path), or "" when built in code.</summary>
    public string SourcePath { get; init; } = "";

    /// <summary>The screening rules of a template scenario (its <c>screening:</c> section), or null for an ordinary scenario.</summary>
    public ScreeningTemplate? Screening { get; init; }
}
