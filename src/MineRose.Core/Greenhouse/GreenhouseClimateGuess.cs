namespace MineRose.Core.Greenhouse;

/// <summary>The converged climate of a greenhouse step, handed to the next step as the starting point of its iteration.</summary>
/// <remarks>
/// Model state in the sense of a solver: the step solves its coupled transpiration–temperature–ventilation balance
/// iteratively (see <see cref="GreenhouseClimate"/>), and the answer of the last step is the best first guess for the next.
/// It changes only how many passes a step needs, not what it converges to (within the step's stated tolerance).
/// </remarks>
/// <param name="AirTemperatureC">Inside air temperature at convergence [°C] (the first guess of T_a; NaN for the start-of-step value).</param>
/// <param name="VapourPressureDeficitPa">Canopy-to-air vapour pressure difference the stomata saw at convergence [Pa].</param>
/// <param name="TemperatureVentilationM3M2S">Air exchange opened for temperature (venting or cooling) above what leakage and the
/// humidity limit need, per m² of floor [m³/(m²·s)].</param>
/// <param name="CoolingCoilOn">Whether the house was more than half closed for the coil (closure κ &gt; 0.5); reported only, the
/// iteration no longer starts from it (κ follows from the air temperature).</param>
public readonly record struct GreenhouseClimateGuess(double AirTemperatureC, double VapourPressureDeficitPa, double TemperatureVentilationM3M2S, bool CoolingCoilOn);
