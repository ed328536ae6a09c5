namespace MineRose.Core.Solar;

/// <summary>Everything in the SPA that depends on time only, for one instant [1, sections 3.1–3.10 and A.1].</summary>
/// <remarks>Intermediate values are kept so that each step can be checked against the paper's worked example.</remarks>
/// <param name="JulianDay">Julian day of the instant (UT) [d].</param>
/// <param name="JulianCentury">Julian century from J2000.0 (UT) [-].</param>
/// <param name="JulianEphemerisDay">Julian ephemeris day (TT) [d].</param>
/// <param name="JulianEphemerisCentury">Julian ephemeris century from J2000.0 [-].</param>
/// <param name="JulianEphemerisMillennium">Julian ephemeris millennium from J2000.0 [-].</param>
/// <param name="HeliocentricLongitudeDeg">Earth heliocentric longitude L [°].</param>
/// <param name="HeliocentricLatitudeDeg">Earth heliocentric latitude B [°].</param>
/// <param name="EarthSunDistanceAu">Earth radius vector R [AU].</param>
/// <param name="GeocentricLongitudeDeg">Geocentric longitude Θ [°].</param>
/// <param name="GeocentricLatitudeDeg">Geocentric latitude β [°].</param>
/// <param name="NutationLongitudeDeg">Nutation in longitude Δψ [°].</param>
/// <param name="NutationObliquityDeg">Nutation in obliquity Δε [°].</param>
/// <param name="MeanObliquityArcsec">Mean obliquity of the ecliptic ε₀ [″].</param>
/// <param name="TrueObliquityDeg">True obliquity of the ecliptic ε [°].</param>
/// <param name="AberrationDeg">Aberration correction Δτ [°].</param>
/// <param name="ApparentLongitudeDeg">Apparent sun longitude λ [°].</param>
/// <param name="MeanSiderealTimeDeg">Mean sidereal time at Greenwich ν₀ [°].</param>
/// <param name="ApparentSiderealTimeDeg">Apparent sidereal time at Greenwich ν [°].</param>
/// <param name="RightAscensionDeg">Geocentric sun right ascension α [°].</param>
/// <param name="DeclinationDeg">Geocentric sun declination δ [°].</param>
/// <param name="EquationOfTimeMinutes">Equation of time E [min].</param>
internal readonly record struct SpaGeocentricSun(
    double JulianDay,
    double JulianCentury,
    double JulianEphemerisDay,
    double JulianEphemerisCentury,
    double JulianEphemerisMillennium,
    double HeliocentricLongitudeDeg,
    double HeliocentricLatitudeDeg,
    double EarthSunDistanceAu,
    double GeocentricLongitudeDeg,
    double GeocentricLatitudeDeg,
    double NutationLongitudeDeg,
    double NutationObliquityDeg,
    double MeanObliquityArcsec,
    double TrueObliquityDeg,
    double AberrationDeg,
    double ApparentLongitudeDeg,
    double MeanSiderealTimeDeg,
    double ApparentSiderealTimeDeg,
    double RightAscensionDeg,
    double DeclinationDeg,
    double EquationOfTimeMinutes);
