namespace MineRose.Core.Solar;

/// <summary>Direct and diffuse components estimated from a measured or modelled global horizontal irradiance.</summary>
/// <param name="DniWm2">Direct normal irradiance [W/m²].</param>
/// <param name="DhiWm2">Diffuse horizontal irradiance [W/m²]; GHI = DHI + DNI·cos z holds by construction.</param>
/// <param name="ClearnessIndex">Clearness index k_t = GHI / (I₀·cos z) [-], as the model computed it.</param>
public readonly record struct DecomposedIrradiance(double DniWm2, double DhiWm2, double ClearnessIndex);
