using MineRose.Core.Hydraulics;

namespace MineRose.Core.Storage;

/// <summary>The water conduit between the upper and lower reservoirs (intake, shaft pipe, machines' connections, outlet), shared by all units.</summary>
/// <remarks>
/// Head loss at a flow Q: h = (f·L/D + ΣK)·v²/(2g), v = Q/(π·D²/4), with f from <see cref="DarcyWeisbach.FrictionFactor"/>
/// [70], [72]. The same loss applies in both directions: it is subtracted from the gross head when generating
/// and added to it when pumping. A zero length and zero ΣK give an ideal, lossless conduit.
/// </remarks>
public sealed record Penstock
{
    /// <summary>Developed length from intake to outlet [m].</summary>
    public required double LengthM { get; init; }

    /// <summary>Inner diameter [m].</summary>
    public required double DiameterM { get; init; }

    /// <summary>Absolute (equivalent sand-grain) wall roughness ε [m]; ≈4.6·10⁻⁵ m for commercial steel [72].</summary>
    public double RoughnessM { get; init; } = 4.6e-5;

    /// <summary>Sum of the minor-loss coefficients ΣK (entrance, exit, bends, valves, trash rack) [-] [72].</summary>
    public double MinorLossCoefficient { get; init; }

    /// <summary>Kinematic viscosity of the water [m²/s].</summary>
    public double KinematicViscosityM2s { get; init; } = DarcyWeisbach.WaterKinematicViscosity15CM2s;

    /// <summary>Flow cross-section π·D²/4 [m²].</summary>
    public double AreaM2 => Math.PI * DiameterM * DiameterM / 4.0;

    /// <summary>Mean velocity at a flow [m/s].</summary>
    /// <param name="flowM3s">Volume flow [m³/s].</param>
    public double VelocityMs(double flowM3s) => flowM3s / AreaM2;

    /// <summary>Reynolds number at a flow [-].</summary>
    /// <param name="flowM3s">Volume flow [m³/s].</param>
    public double ReynoldsNumber(double flowM3s) =>
        DarcyWeisbach.ReynoldsNumber(VelocityMs(flowM3s), DiameterM, KinematicViscosityM2s);

    /// <summary>Darcy friction factor at a flow [-].</summary>
    /// <param name="flowM3s">Volume flow [m³/s], &gt; 0.</param>
    public double FrictionFactor(double flowM3s) =>
        DarcyWeisbach.FrictionFactor(ReynoldsNumber(flowM3s), RoughnessM / DiameterM);

    /// <summary>Total head loss (wall friction plus minor losses) at a flow [m].</summary>
    /// <param name="flowM3s">Volume flow [m³/s]; zero gives zero.</param>
    public double HeadLossM(double flowM3s)
    {
        var q = Math.Abs(flowM3s);
        if (q == 0)
            return 0;
        var v = VelocityMs(q);
        var friction = LengthM == 0 ? 0 : DarcyWeisbach.FrictionHeadLossM(FrictionFactor(q), LengthM, DiameterM, v);
        return friction + DarcyWeisbach.MinorHeadLossM(MinorLossCoefficient, v);
    }

    /// <summary>Checks every field; throws <see cref="InvalidInputException"/> naming the first bad one.</summary>
    /// <param name="path">Prefix for field names in messages, e.g. "Penstock".</param>
    public void Validate(string path)
    {
        Guard.NonNegative(LengthM, path + "." + nameof(LengthM));
        Guard.Positive(DiameterM, path + "." + nameof(DiameterM));
        Guard.InRange(RoughnessM, 0, 0.05 * DiameterM, path + "." + nameof(RoughnessM));
        Guard.NonNegative(MinorLossCoefficient, path + "." + nameof(MinorLossCoefficient));
        Guard.Positive(KinematicViscosityM2s, path + "." + nameof(KinematicViscosityM2s));
    }
}
