namespace MineRose.Core.Greenhouse;

/// <summary>The costly functions of the greenhouse step, as a type parameter so that the JIT compiles one specialised step
/// per implementation: <see cref="ExactClimateFunctions"/> (the reference) and <see cref="FastClimateFunctions"/> (the
/// park's path).</summary>
internal interface IClimateFunctions
{
    /// <summary>Vanthoor's condensation conductance of the cover [kg/(m²·s·Pa)] (<see cref="CoverCondensation.VanthoorConductanceKgM2SPa"/>).</summary>
    /// <param name="airTemperatureC">Air temperature [°C].</param>
    /// <param name="surfaceTemperatureC">Cover surface temperature [°C].</param>
    static abstract double CondensationConductanceKgM2SPa(double airTemperatureC, double surfaceTemperatureC);
}
