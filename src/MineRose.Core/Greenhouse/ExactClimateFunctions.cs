namespace MineRose.Core.Greenhouse;

/// <summary>The greenhouse step's functions evaluated by their formulas: the reference model.</summary>
internal readonly struct ExactClimateFunctions : IClimateFunctions
{
    /// <inheritdoc />
    public static double SaturationVapourPressurePa(double temperatureC) => Psychrometrics.SaturationVapourPressurePa(temperatureC);
}
