namespace MineRose.Core.Screening;

/// <summary>Distance between two points on the Earth along a great circle.</summary>
public static class GreatCircle
{
    /// <summary>Mean Earth radius R = 6,371.0088 km (IUGG mean radius R₁ of GRS 80) [257].</summary>
    public const double EarthRadiusKm = 6371.0088;

    /// <summary>Haversine great-circle distance on a sphere of radius <see cref="EarthRadiusKm"/> [252].</summary>
    /// <remarks>d = 2R·asin(√(sin²(Δφ/2) + cos φ₁·cos φ₂·sin²(Δλ/2))); within ≈0.5 % of the ellipsoidal distance.</remarks>
    /// <param name="latitude1Deg">Latitude of the first point [°].</param>
    /// <param name="longitude1Deg">Longitude of the first point [°].</param>
    /// <param name="latitude2Deg">Latitude of the second point [°].</param>
    /// <param name="longitude2Deg">Longitude of the second point [°].</param>
    /// <returns>The distance [km].</returns>
    public static double HaversineKm(double latitude1Deg, double longitude1Deg, double latitude2Deg, double longitude2Deg)
    {
        const double rad = Math.PI / 180;
        var dPhi = (latitude2Deg - latitude1Deg) * rad;
        var dLambda = (longitude2Deg - longitude1Deg) * rad;
        var sPhi = Math.Sin(dPhi / 2);
        var sLambda = Math.Sin(dLambda / 2);
        var h = sPhi * sPhi + Math.Cos(latitude1Deg * rad) * Math.Cos(latitude2Deg * rad) * sLambda * sLambda;
        return 2 * EarthRadiusKm * Math.Asin(Math.Sqrt(Math.Min(1, h)));
    }
}
