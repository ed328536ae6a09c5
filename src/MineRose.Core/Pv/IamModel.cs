namespace MineRose.Core.Pv;

/// <summary>Which incidence-angle modifier the PV chain applies to the beam on the plane of array.</summary>
public enum IamModel
{
    /// <summary>Snell–Fresnel reflection with absorption in the glass (De Soto et al. 2006), see <see cref="IncidenceAngleModifier.Physical"/>.</summary>
    Physical,

    /// <summary>ASHRAE 1 − b0(1/cos θ − 1), see <see cref="IncidenceAngleModifier.Ashrae"/>.</summary>
    Ashrae,

    /// <summary>No reflection loss.</summary>
    None,
}
