namespace MineRose.Core.Greenhouse;

/// <summary>The smoothed proportional controller of Vanthoor's greenhouse model as GreenLight implements it [93], [94].</summary>
/// <remarks>
/// <code>u = u_min + (u_max − u_min) / (1 + exp(−2·ln(100)/p·(x − x_set − p/2)))</code>
/// A sigmoid through 1 % of the range at x = x_set, 50 % at x_set + p/2 and 99 % at x_set + p: a proportional band made
/// smooth, so that a model using it is continuous (and differentiable) in the controlled variable. A negative band p acts
/// in reverse (the output rises as x falls below x_set).
/// </remarks>
public static class ProportionalControl
{
    /// <summary>Output of the smoothed proportional controller [unit of <paramref name="minValue"/>].</summary>
    /// <param name="processValue">The controlled variable x [any unit].</param>
    /// <param name="setPoint">Set-point x_set, where the output reaches 1 % of its range [unit of x].</param>
    /// <param name="pBand">Proportional band p, over which the output goes from 1 % to 99 % of its range [unit of x]; not 0.</param>
    /// <param name="minValue">Output at x far below the band, u_min [any unit].</param>
    /// <param name="maxValue">Output at x far above the band, u_max [unit of u_min].</param>
    public static double Smoothed(double processValue, double setPoint, double pBand, double minValue, double maxValue) =>
        minValue + (maxValue - minValue) * Share(processValue, setPoint, pBand, out _);

    /// <summary>Share of the range the smoothed controller opens, s = (u − u_min)/(u_max − u_min) in (0, 1) [-], and its slope.</summary>
    /// <param name="processValue">The controlled variable x [any unit].</param>
    /// <param name="setPoint">Set-point x_set [unit of x].</param>
    /// <param name="pBand">Proportional band p [unit of x]; not 0.</param>
    /// <param name="slope">ds/dx [1/unit of x].</param>
    public static double Share(double processValue, double setPoint, double pBand, out double slope)
    {
        var gain = 2 * Math.Log(100) / pBand;
        var z = -gain * (processValue - setPoint - pBand / 2);
        // Far outside the band exp overflows; the share is then 0 or 1 to double precision and its slope 0.
        if (z > 700)
        {
            slope = 0;
            return 0;
        }
        var e = Math.Exp(z);
        var share = 1 / (1 + e);
        slope = gain * e * share * share;
        return share;
    }
}
