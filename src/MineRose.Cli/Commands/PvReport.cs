using MineRose.Core.Pv;
using MineRose.Core.Weather;

namespace MineRose.Cli.Commands;

/// <summary>The JSON of <c>minerose pv --json</c>; the key names are part of the command-line contract.</summary>
internal sealed record PvReport(
    string Weather,
    PvReport.SiteEntry Site,
    PvReport.DesignEntry Design,
    string Models,
    double AnnualGhiKwhM2,
    double AnnualPoaKwhM2,
    double AnnualDcKwh,
    double AnnualAcKwh,
    double SpecificYieldKwhPerKwp,
    double PerformanceRatio,
    double CapacityFactor,
    double ClippedKwh,
    double GroundLightFraction,
    double GroundParMolM2,
    double LandAreaM2)
{
    public const string ModelChain =
        "NREL SPA at interval midpoints; Perez 1990 (or as chosen) sky diffuse + albedo ground reflection; physical IAM on the beam; " +
        "Faiman cell temperature; PVWatts DC, losses and inverter; pitch-averaged ground light (view factors, infinite rows)";

    public static PvReport From(PvYield y, Site site, PvArraySpec spec, string weatherSource) => new(
        weatherSource,
        new SiteEntry(site.Name, site.LatitudeDeg, site.LongitudeDeg, site.ElevationM),
        new DesignEntry(spec.DcCapacityKw, spec.AcRatingKw, spec.DcAcRatio, spec.Geometry.TiltDeg, spec.Geometry.AzimuthDeg,
            spec.Geometry.GroundCoverageRatio, spec.Losses.TotalPercent, spec.Albedo),
        ModelChain,
        y.GhiKwhM2, y.PoaKwhM2, y.DcKwh, y.AcKwh, y.SpecificYieldKwhPerKwp, y.PerformanceRatio, y.CapacityFactor, y.ClippedKwh,
        y.GroundLightFraction, y.GroundParMolM2, y.LandAreaM2);

    internal sealed record SiteEntry(string Name, double Latitude, double Longitude, double ElevationM);

    internal sealed record DesignEntry(
        double DcKw, double AcKw, double DcAcRatio, double TiltDeg, double AzimuthDeg, double GroundCoverageRatio,
        double LossesPercent, double Albedo);
}
