namespace MineRose.Core.Greenhouse;

/// <summary>The greenhouse step's functions as the library evaluates them: the reference model.</summary>
internal readonly struct ExactClimateFunctions : IClimateFunctions
{
    /// <inheritdoc />
    public static double CondensationConductanceKgM2SPa(double airTemperatureC, double surfaceTemperatureC) =>
        CoverCondensation.VanthoorConductanceKgM2SPa(airTemperatureC, surfaceTemperatureC);
}
