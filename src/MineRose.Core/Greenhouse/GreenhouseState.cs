namespace MineRose.Core.Greenhouse;

/// <summary>The state carried from one step to the next: the two node temperatures and the light received since local midnight.</summary>
/// <param name="AirTemperatureC">Inside air (and leaf) temperature [°C].</param>
/// <param name="MassTemperatureC">Temperature of the lumped floor mass [°C].</param>
/// <param name="DayParSumMolM2">Canopy PAR (sun and lamps) received since local midnight [mol/m²].</param>
public readonly record struct GreenhouseState(double AirTemperatureC, double MassTemperatureC, double DayParSumMolM2)
{
    /// <summary>A house at rest at one temperature, at midnight.</summary>
    public static GreenhouseState Uniform(double temperatureC) => new(temperatureC, temperatureC, 0);
}
