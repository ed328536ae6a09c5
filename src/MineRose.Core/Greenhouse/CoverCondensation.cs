namespace MineRose.Core.Greenhouse;

/// <summary>Condensation of greenhouse air vapour on the inside of the cover (or of a drawn screen).</summary>
/// <remarks>
/// Vanthoor's condensation flux [93]: <c>MV = 6.4·10⁻⁹ · HEC · (e_air − e_s(T_cov))</c> per m² of cover when positive, with the
/// free-convection coefficient <c>HEC = 1.7·|T_air − T_cov|^⅓</c> [W/(m²·K)]. The cover's inner surface temperature is not a
/// state here; it follows from the overall U-value and an inside surface coefficient h_in = 9 W/(m²·K) (still air, heat
/// flow upward: surface resistance ≈ 0.11 m²·K/W [109]): <c>T_cov = T_air − (U/h_in)·(T_air − T_out)</c>.
/// </remarks>
public static class CoverCondensation
{
    /// <summary>Inside surface heat transfer coefficient of the cover [W/(m²·K)].</summary>
    public const double InsideSurfaceCoefficientWm2K = 9;

    /// <summary>Inner surface temperature of a cover (or drawn screen) of overall coefficient <paramref name="uValueWm2K"/> [°C].</summary>
    /// <param name="airTemperatureC">Inside air temperature [°C].</param>
    /// <param name="outsideTemperatureC">Outside air temperature [°C].</param>
    /// <param name="uValueWm2K">Overall heat transfer coefficient of the cover, screen included [W/(m²·K)].</param>
    public static double SurfaceTemperatureC(double airTemperatureC, double outsideTemperatureC, double uValueWm2K) =>
        airTemperatureC - Math.Min(1, uValueWm2K / InsideSurfaceCoefficientWm2K) * (airTemperatureC - outsideTemperatureC);

    /// <summary>Vapour conductance of condensation per m² of cover, <c>6.4·10⁻⁹·1.7·|ΔT|^⅓</c> [kg/(m²·s·Pa)] [93].</summary>
    /// <param name="airTemperatureC">Inside air temperature [°C].</param>
    /// <param name="surfaceTemperatureC">Cover inner surface temperature [°C].</param>
    public static double VanthoorConductanceKgM2SPa(double airTemperatureC, double surfaceTemperatureC) =>
        6.4e-9 * 1.7 * Math.Cbrt(Math.Abs(airTemperatureC - surfaceTemperatureC));
}
