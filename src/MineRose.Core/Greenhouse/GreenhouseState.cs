namespace MineRose.Core.Greenhouse;

/// <summary>The state carried from one step to the next: the two node temperatures and the light received since local midnight,
/// and (optionally) the previous step's converged climate as the next step's first guess.</summary>
/// <param name="AirTemperatureC">Inside air (and leaf) temperature [°C].</param>
/// <param name="MassTemperatureC">Temperature of the lumped floor mass [°C].</param>
/// <param name="DayParSumMolM2">Canopy PAR (sun and lamps) received since local midnight [mol/m²].</param>
public readonly record struct GreenhouseState(double AirTemperatureC, double MassTemperatureC, double DayParSumMolM2)
{
    /// <summary>The converged vapour pressure deficit, ventilation and coil mode of the step that produced this state, which the
    /// next step starts its iteration from; null (a cold start from the model's own first guess) for a state built by hand.</summary>
    public GreenhouseClimateGuess? Guess { get; init; }

    /// <summary>A house at rest at one temperature, at midnight.</summary>
    public static GreenhouseState Uniform(double temperatureC) => new(temperatureC, temperatureC, 0);
}
