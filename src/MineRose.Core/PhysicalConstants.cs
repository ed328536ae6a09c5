namespace MineRose.Core;

/// <summary>Physical constants shared by the models, with their units.</summary>
public static class PhysicalConstants
{
    /// <summary>Standard gravity g [m/s²] (CGPM 1901).</summary>
    public const double GravityMs2 = 9.80665;

    /// <summary>Density of fresh water near 15 °C [kg/m³].</summary>
    public const double WaterDensityKgM3 = 999.1;

    /// <summary>Specific heat of liquid water near 15 °C [J/(kg·K)].</summary>
    public const double WaterSpecificHeatJKgK = 4186.0;

    /// <summary>Density of air at 20 °C and sea level [kg/m³].</summary>
    public const double AirDensityKgM3 = 1.204;

    /// <summary>Specific heat of air at constant pressure [J/(kg·K)].</summary>
    public const double AirSpecificHeatJKgK = 1005.0;

    /// <summary>Offset between degrees Celsius and kelvin [K].</summary>
    public const double ZeroCelsiusK = 273.15;

    /// <summary>Solar constant [W/m²] as used by NREL's SPA and pvlib (Gueymard 2004 gives 1366.1).</summary>
    public const double SolarConstantWm2 = 1366.1;

    /// <summary>Standard atmospheric pressure at sea level [Pa].</summary>
    public const double StandardPressurePa = 101325.0;

    /// <summary>PAR photons per joule of global shortwave sunlight [µmol/J].</summary>
    /// <remarks>The PAR band (400–700 nm) carries ≈0.45–0.48 of global shortwave energy, at ≈4.57 µmol/J
    /// for daylight (McCree 1972; Thimijan &amp; Heins 1983), so ≈2.0–2.2 µmol per joule of global irradiance;
    /// 2.02 follows Meek et al. (1984). [see docs/references.md]</remarks>
    public const double ParPhotonsPerJouleOfSunlight = 2.02;
}
