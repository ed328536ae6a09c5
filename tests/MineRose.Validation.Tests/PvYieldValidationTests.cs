using MineRose.Core.Pv;
using MineRose.Core.Weather;
using MineRose.IO.Weather;
using MineRose.TestSupport;
using Xunit.Abstractions;

namespace MineRose.Validation.Tests;

/// <summary>The PV chain on the real Jinan TMYx year, placed at the Dakuishan site.</summary>
public class PvYieldValidationTests(ITestOutputHelper output)
{
    private static WeatherSeries Jinan() =>
        EpwReader.Read(SharedData.PathOf("weather", "CHN_SD_Jinan.Tsinan.548230_TMYx.epw"));

    [SharedDataFact]
    public void Specific_yield_at_Dakuishan_on_the_Jinan_year_is_that_of_a_sunny_Shandong_site()
    {
        var yield = PvChain.Run(new PvArraySpec(), Jinan(), Site.Dakuishan);
        output.WriteLine($"GHI {yield.GhiKwhM2:F1} kWh/m², POA {yield.PoaKwhM2:F1} kWh/m², AC {yield.SpecificYieldKwhPerKwp:F1} kWh/kWp, " +
            $"PR {yield.PerformanceRatio:F3}, ground light {yield.GroundLightFraction:F3}");

        // The file's own annual GHI (EnergyPlus .stat report of the same file): 1608 kWh/m².
        Assert.Equal(1608, yield.GhiKwhM2, 1.0);
        // Shandong plants yield 1,100–1,300 kWh/kWp in practice and Dakuishan reports ≈1,150 (FACTS.md); the ERA5-derived
        // irradiance of this TMYx file is 10–20 % above ground truth in this hazy region (SOURCES.md), so the modelled
        // yield may sit up to ≈20 % above the practical band, and no lower than it.
        Assert.InRange(yield.SpecificYieldKwhPerKwp, 1100, 1300 * 1.2);
        // A 30°-tilted south-facing plane at 36.7 N gets ≈8–15 % more than the horizontal (PVGIS/PVWatts at this latitude).
        Assert.InRange(yield.PoaKwhM2 / yield.GhiKwhM2, 1.05, 1.18);
        // PVWatts-class performance ratios with 14 % losses and a 96 % inverter lie in 0.74–0.84 (Dobos 2014; IEC 61724 practice).
        Assert.InRange(yield.PerformanceRatio, 0.74, 0.84);
    }
}
