namespace MineRose.Core.Greenhouse;

/// <summary>The transcendental functions of the greenhouse step, as a type parameter so that the JIT compiles one
/// specialised step per implementation: <see cref="ExactClimateFunctions"/> (the reference) and
/// <see cref="TabulatedClimateFunctions"/> (the park's fast path).</summary>
internal interface IClimateFunctions
{
    /// <summary>Saturation vapour pressure over water [Pa] at a temperature [°C] (<see cref="Psychrometrics.SaturationVapourPressurePa"/>).</summary>
    static abstract double SaturationVapourPressurePa(double temperatureC);
}
