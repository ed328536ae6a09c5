namespace MineRose.Core.Hydraulics;

/// <summary>Head loss of full-pipe flow by the Darcy–Weisbach equation, with the friction factor of Swamee–Jain [70] or Colebrook [71].</summary>
/// <remarks>
/// h_f = f·(L/D)·v²/(2g) for wall friction and h_m = ΣK·v²/(2g) for fittings [72], with Re = v·D/ν.
/// The friction factor f is 64/Re for laminar flow (Re ≤ 2000), the Swamee–Jain explicit form for turbulent
/// flow (Re ≥ 4000), and a straight line between the two in the transition region, where no correlation is
/// reliable and a penstock never operates for long.
/// </remarks>
public static class DarcyWeisbach
{
    /// <summary>Reynolds number below which the flow is taken as laminar [-].</summary>
    public const double LaminarLimitReynolds = 2000.0;

    /// <summary>Reynolds number above which the flow is taken as fully turbulent [-].</summary>
    public const double TurbulentLimitReynolds = 4000.0;

    /// <summary>Kinematic viscosity of fresh water at 15 °C [m²/s] [72].</summary>
    public const double WaterKinematicViscosity15CM2s = 1.138e-6;

    /// <summary>Reynolds number of pipe flow, Re = v·D/ν [-].</summary>
    /// <param name="velocityMs">Mean velocity [m/s]; its sign is ignored.</param>
    /// <param name="diameterM">Inner diameter [m].</param>
    /// <param name="kinematicViscosityM2s">Kinematic viscosity of the fluid [m²/s].</param>
    public static double ReynoldsNumber(double velocityMs, double diameterM, double kinematicViscosityM2s) =>
        Math.Abs(velocityMs) * diameterM / kinematicViscosityM2s;

    /// <summary>Laminar (Hagen–Poiseuille) Darcy friction factor, f = 64/Re [-] [72].</summary>
    /// <param name="reynolds">Reynolds number [-], &gt; 0.</param>
    public static double Laminar(double reynolds) => 64.0 / reynolds;

    /// <summary>Swamee–Jain explicit approximation of the Colebrook equation [70].</summary>
    /// <remarks>f = 0.25 / [log₁₀(ε/(3.7·D) + 5.74/Re^0.9)]², proposed for 5·10³ ≤ Re ≤ 10⁸ and 10⁻⁶ ≤ ε/D ≤ 10⁻².
    /// Over that range it stays within ≈1 % of Colebrook except near its low-Re, rough corner, where the gap reaches
    /// ≈2.8 % (Re = 5·10³, ε/D = 10⁻²); for Re ≥ 10⁵ it is within ≈1.2 %.</remarks>
    /// <param name="reynolds">Reynolds number [-], turbulent.</param>
    /// <param name="relativeRoughness">Relative roughness ε/D [-].</param>
    public static double SwameeJain(double reynolds, double relativeRoughness)
    {
        var log = Math.Log10(relativeRoughness / 3.7 + 5.74 / Math.Pow(reynolds, 0.9));
        return 0.25 / (log * log);
    }

    /// <summary>Colebrook (Colebrook–White) Darcy friction factor for turbulent flow, solved to machine precision [71].</summary>
    /// <remarks>1/√f = −2·log₁₀(ε/(3.7·D) + 2.51/(Re·√f)), solved by Newton's method on x = 1/√f, started from
    /// Swamee–Jain; three or four iterations reach 10⁻¹⁴.</remarks>
    /// <param name="reynolds">Reynolds number [-], turbulent.</param>
    /// <param name="relativeRoughness">Relative roughness ε/D [-].</param>
    public static double Colebrook(double reynolds, double relativeRoughness)
    {
        var a = relativeRoughness / 3.7;
        var b = 2.51 / reynolds;
        var x = 1.0 / Math.Sqrt(SwameeJain(reynolds, relativeRoughness));
        for (var i = 0; i < 50; i++)
        {
            var inner = a + b * x;
            var g = x + 2.0 * Math.Log10(inner);
            var slope = 1.0 + 2.0 * b / (inner * Math.Log(10.0));
            var next = x - g / slope;
            if (Math.Abs(next - x) <= 1e-15 * next)
            {
                x = next;
                break;
            }
            x = next;
        }
        return 1.0 / (x * x);
    }

    /// <summary>Darcy friction factor over all regimes: laminar, transition (linear blend) and turbulent (Swamee–Jain) [-].</summary>
    /// <param name="reynolds">Reynolds number [-], &gt; 0.</param>
    /// <param name="relativeRoughness">Relative roughness ε/D [-].</param>
    public static double FrictionFactor(double reynolds, double relativeRoughness)
    {
        if (reynolds <= LaminarLimitReynolds)
            return Laminar(reynolds);
        if (reynolds >= TurbulentLimitReynolds)
            return SwameeJain(reynolds, relativeRoughness);
        var laminar = Laminar(LaminarLimitReynolds);
        var turbulent = SwameeJain(TurbulentLimitReynolds, relativeRoughness);
        var w = (reynolds - LaminarLimitReynolds) / (TurbulentLimitReynolds - LaminarLimitReynolds);
        return laminar + w * (turbulent - laminar);
    }

    /// <summary>Velocity head v²/(2g) [m].</summary>
    /// <param name="velocityMs">Mean velocity [m/s].</param>
    public static double VelocityHeadM(double velocityMs) => velocityMs * velocityMs / (2.0 * PhysicalConstants.GravityMs2);

    /// <summary>Wall-friction head loss h_f = f·(L/D)·v²/(2g) [m] [72].</summary>
    /// <param name="frictionFactor">Darcy friction factor [-].</param>
    /// <param name="lengthM">Pipe length [m].</param>
    /// <param name="diameterM">Inner diameter [m].</param>
    /// <param name="velocityMs">Mean velocity [m/s].</param>
    public static double FrictionHeadLossM(double frictionFactor, double lengthM, double diameterM, double velocityMs) =>
        frictionFactor * lengthM / diameterM * VelocityHeadM(velocityMs);

    /// <summary>Minor (fitting) head loss h_m = ΣK·v²/(2g) [m] [72].</summary>
    /// <param name="lossCoefficient">Sum of the loss coefficients ΣK of entrance, exit, bends and valves [-].</param>
    /// <param name="velocityMs">Mean velocity [m/s].</param>
    public static double MinorHeadLossM(double lossCoefficient, double velocityMs) =>
        lossCoefficient * VelocityHeadM(velocityMs);
}
