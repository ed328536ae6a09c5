namespace MineRose.Core.Solar;

/// <summary>Irradiance on a tilted plane (plane of array), by component.</summary>
/// <param name="GlobalWm2">Total plane-of-array irradiance = beam + sky diffuse + ground diffuse [W/m²].</param>
/// <param name="BeamWm2">Direct (beam) irradiance on the plane, DNI·max(cos θ, 0) [W/m²].</param>
/// <param name="SkyDiffuseWm2">Diffuse irradiance from the sky dome on the plane [W/m²].</param>
/// <param name="GroundDiffuseWm2">Irradiance reflected from the ground onto the plane [W/m²].</param>
public readonly record struct PlaneOfArrayIrradiance(double GlobalWm2, double BeamWm2, double SkyDiffuseWm2, double GroundDiffuseWm2)
{
    /// <summary>Diffuse irradiance on the plane, sky plus ground [W/m²].</summary>
    public double DiffuseWm2 => SkyDiffuseWm2 + GroundDiffuseWm2;
}
