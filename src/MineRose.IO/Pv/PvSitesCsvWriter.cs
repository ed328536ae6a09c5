using System.Globalization;
using MineRose.Core.Pv;

namespace MineRose.IO.Pv;

/// <summary>Writes one row of annual PV figures per site, the output of <c>minerose pv --sites</c>.</summary>
public static class PvSitesCsvWriter
{
    /// <summary>The header row; names carry units. The free-text weather source comes last.</summary>
    public const string Header =
        "name,latitude,longitude,elevation_m,tilt_deg,azimuth_deg,dc_kw,ac_kw,annual_ghi_kwh_m2,annual_poa_kwh_m2," +
        "annual_ac_kwh,specific_yield_kwh_per_kwp,performance_ratio,capacity_factor,ground_light_fraction,land_area_m2,weather";

    /// <summary>Writes the header and one line per result, in the order given.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<PvSiteRow> rows, IReadOnlyList<PvYield> yields, IReadOnlyList<string> weatherSources)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(yields);
        ArgumentNullException.ThrowIfNull(weatherSources);
        writer.WriteLine(Header);
        for (int i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var y = yields[i];
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Quote(r.Name)},{r.Site.LatitudeDeg:0.#####},{r.Site.LongitudeDeg:0.#####},{r.Site.ElevationM:0.#},{r.Spec.Geometry.TiltDeg:0.##}," +
                $"{r.Spec.Geometry.AzimuthDeg:0.##},{y.DcCapacityKw:0.###},{y.AcRatingKw:0.###},{y.GhiKwhM2:F1},{y.PoaKwhM2:F1}," +
                $"{y.AcKwh:F1},{y.SpecificYieldKwhPerKwp:F1},{y.PerformanceRatio:F4},{y.CapacityFactor:F4},{y.GroundLightFraction:F4},{y.LandAreaM2:F0},{Quote(weatherSources[i])}"));
        }
    }

    private static string Quote(string text) =>
        text.Contains(',', StringComparison.Ordinal) || text.Contains('"', StringComparison.Ordinal)
            ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
            : text;
}
