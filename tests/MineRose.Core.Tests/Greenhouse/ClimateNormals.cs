using MineRose.Core.Weather;

namespace MineRose.Core.Tests.Greenhouse;

/// <summary>Published monthly normals used to build synthetic test years (sources beside each table).</summary>
internal static class ClimateNormals
{
    /// <summary>Amsterdam Schiphol (WMO 06240), 52.30 N, 4.77 E, UTC+1: monthly means of the ASHRAE IWEC typical year
    /// (ASHRAE 2001, ref. [105]), read from the file in shared/weather/samples. Year: 982 kWh/m², 10.0 °C.</summary>
    public static MonthlyNormals Amsterdam { get; } = new(
        new Site("Amsterdam Schiphol", 52.30, 4.77, -2, 1),
        [19.8, 38.1, 76.8, 102.9, 149.2, 147.8, 153.0, 126.0, 81.6, 48.1, 24.7, 14.4],
        [4.2, 3.7, 5.3, 8.4, 12.7, 15.2, 16.9, 17.1, 14.4, 10.9, 6.5, 4.4],
        // daily max − daily min
        [4.6, 4.8, 6.3, 6.5, 9.3, 8.7, 8.0, 7.0, 7.7, 6.3, 6.5, 3.9],
        [87, 87, 83, 87, 74, 75, 85, 79, 85, 83, 89, 89],
        [7.5, 6.2, 5.8, 6.3, 4.1, 4.1, 4.4, 4.6, 4.4, 6.1, 4.4, 6.3],
        "ASHRAE IWEC Amsterdam 062400 monthly means");

    /// <summary>Jinan (WMO 54823), 36.60 N, 117.01 E, UTC+8: monthly normals of the Jinan TMYx year as listed in FACTS.md [91], [106].
    /// Year: 1,608 kWh/m²; heating degree-days (16 °C) ≈ 2,000 K·d.</summary>
    public static MonthlyNormals Jinan { get; } = new(
        new Site("Jinan", 36.60, 117.01, 215, 8),
        [88.7, 105.4, 147.6, 163.7, 185.0, 188.4, 163.0, 148.4, 144.5, 113.9, 82.7, 76.7],
        [0.0, 1.7, 8.4, 15.4, 21.4, 26.9, 27.7, 26.4, 21.9, 15.6, 6.8, 1.2],
        [8.1, 8.0, 10.3, 10.5, 10.3, 9.3, 7.3, 6.9, 10.0, 9.9, 9.5, 7.5],
        [54, 51, 49, 54, 60, 53, 73, 74, 63, 61, 65, 63],
        [2.4, 3.3, 3.3, 3.9, 4.0, 3.0, 2.4, 2.3, 2.5, 2.2, 3.4, 2.7],
        "Jinan TMYx monthly normals (FACTS.md)");

    /// <summary>Kunming (WMO 56778), 25.0 N, 102.7 E, 1,891 m, UTC+8. Mean temperatures: China Meteorological Administration
    /// normals as quoted in [107] (8.1 … 19.9 °C). Daily range: 13 K in the dry season (Nov–Apr) and 8 K in the wet season,
    /// within the 12–20 K and 4–10 K quoted there. GHI: He et al. [101] give 5,598 MJ/m²·yr (1993–2016), 2,825 MJ in Nov–Apr
    /// and 2,774 MJ in May–Oct, April highest (604.75 MJ) and December lowest (361.01 MJ); the other months are our
    /// interpolation under those totals. No humidity (FAO-56 fallback); wind 2 m/s assumed.</summary>
    public static MonthlyNormals Kunming { get; } = new(
        new Site("Kunming", 25.0, 102.7, 1891, 8),
        MegajoulesToKwh([410, 440, 600, 604.75, 560, 460, 440, 460, 420, 434, 409.24, 361.01]),
        [8.1, 9.9, 13.2, 16.6, 19.0, 19.9, 19.8, 19.4, 17.8, 15.4, 11.6, 8.2],
        [13, 13, 13, 13, 8, 8, 8, 8, 8, 8, 13, 13],
        null,
        [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2],
        "Kunming CMA temperature normals and He et al. 2019 radiation");

    private static double[] MegajoulesToKwh(double[] mj) => mj.Select(v => v / 3.6).ToArray();
}
