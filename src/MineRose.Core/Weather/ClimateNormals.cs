namespace MineRose.Core.Weather;

/// <summary>Built-in monthly climate normals.</summary>
public static class ClimateNormals
{
    /// <summary>Monthly normals for the Dakuishan site (Zibo) from the Jinan TMYx typical year [35].</summary>
    /// <remarks>
    /// Source: the Jinan (WMO 54823, 36.60 N, 117.01 E, 215 m, ≈90 km west of the site) TMYx file from
    /// Climate.OneBuilding.Org [35], period of record 1956–2025, meteorology from NOAA NCEI ISD [41], solar radiation
    /// derived from ERA5 [36]; monthly figures as tabulated in the project's FACTS.md ("Site and climate").
    /// Applied unchanged at <see cref="Site.Dakuishan"/>: no lapse-rate or distance correction. The ERA5-derived
    /// irradiation (1608 kWh/m² a year) is probably 10–20 % above ground truth in this hazy region.
    /// </remarks>
    public static MonthlyClimateNormals Zibo { get; } = new(
        Site.Dakuishan,
        [
            new(1, 88.7, 30.4, 0.0, -3.9, 4.2, 54, 2.4),
            new(2, 105.4, 36.4, 1.7, -2.2, 5.8, 51, 3.3),
            new(3, 147.6, 46.1, 8.4, 3.5, 13.8, 49, 3.3),
            new(4, 163.7, 54.1, 15.4, 9.9, 20.4, 54, 3.9),
            new(5, 185.0, 64.6, 21.4, 16.0, 26.3, 60, 4.0),
            new(6, 188.4, 62.7, 26.9, 22.3, 31.6, 53, 3.0),
            new(7, 163.0, 64.4, 27.7, 24.1, 31.4, 73, 2.4),
            new(8, 148.4, 57.0, 26.4, 23.1, 30.0, 74, 2.3),
            new(9, 144.5, 49.1, 21.9, 16.9, 26.9, 63, 2.5),
            new(10, 113.9, 39.6, 15.6, 10.8, 20.7, 61, 2.2),
            new(11, 82.7, 30.9, 6.8, 2.3, 11.8, 65, 3.4),
            new(12, 76.7, 26.9, 1.2, -2.3, 5.2, 63, 2.7),
        ],
        "Jinan TMYx (WMO 54823, Climate.OneBuilding.Org; ISD/ERA5), monthly normals per FACTS.md");
}
