namespace MineRose.Core.Solar;

/// <summary>Which sky-diffuse transposition model <see cref="Transposition"/>.PlaneOfArray uses.</summary>
public enum SkyDiffuseModel
{
    /// <summary>Uniform sky radiance (Liu and Jordan) [23].</summary>
    Isotropic,

    /// <summary>Isotropic sky plus a circumsolar part weighted by the anisotropy index (Hay and Davies) [22].</summary>
    HayDavies,

    /// <summary>Isotropic, circumsolar and horizon-brightening parts with empirical coefficients (Perez et al. 1990) [21].</summary>
    Perez,
}
