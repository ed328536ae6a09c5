using MineRose.Core.Crops;
using MineRose.Core.Greenhouse;
using Xunit.Abstractions;

namespace MineRose.Core.Tests.Greenhouse;

public class ScratchProbe(ITestOutputHelper output)
{
    private void Breakdown(string name, GreenhouseSpec spec, MonthlyNormals normals)
    {
        var w = SyntheticClimate.Year(normals);
        var st = GreenhouseState.Uniform(17);
        double sol = 0, lamp = 0, heat = 0, tr = 0, ve = 0, la = 0, sto = 0, cond = 0, winterLat = 0, winterHeat = 0, nightLat = 0, hum = 0;
        var a = spec.FloorAreaM2 / 1000 / 3.6;
        for (var i = 0; i < w.Count; i++)
        {
            var lh = (w.Grid.StartUtc.AddHours(w.Site.UtcOffsetHours).TimeOfDay.TotalHours + i) % 24;
            var r = GreenhouseClimate.Step(spec, st, new GreenhouseWeather(w.TempAirC[i], w.GhiWm2[i], w.WindSpeedMs[i], w.RelativeHumidityPercent![i], lh), 1);
            st = r.Next;
            sol += r.SolarGainKw / a; lamp += r.LampHeatKw / a; heat += r.HeatingKw / a; tr += r.TransmissionLossKw / a; ve += r.VentilationLossKw / a; la += r.LatentLossKw / a; sto += r.StorageKw / a;
            cond += r.CondensationKgM2H; hum += r.HumidityVentilationHeatKw / a;
            if (r.HeatingKw > 0) { winterLat += r.LatentLossKw / a; winterHeat += r.HeatingKw / a; }
            if (w.GhiWm2[i] < 5) nightLat += r.LatentLossKw / a;
        }
        output.WriteLine($"{name} MJ/m2: solar {sol:F0} lamp {lamp:F0} heat {heat:F0} | transm {tr:F0} vent {ve:F0} latent {la:F0} storage {sto:F0} | condensed {cond:F0} kg; latent while heating {winterLat:F0}; latent at night {nightLat:F0}; humidity vent {hum:F0}");
    }

    [Fact]
    public void Probe()
    {
        void Run(string name, GreenhouseSpec spec, MonthlyNormals normals)
        {
            var w = SyntheticClimate.Year(normals);
            var yr = GreenhouseYear.Simulate(spec, w);
            var r = yr.Summary;
            var y = RoseYield.LightUseEfficiency(yr.Series.CanopyParUmolM2s, yr.Series.InsideTemperatureC, 1, RoseCropSpec.ModernSoilless);
            output.WriteLine($"   stems {y.StemsPerM2PerYear:F1} DLI {y.MeanDailyLightIntegralMolM2:F1} fT {y.MeanTemperatureFactor:F2}");
            output.WriteLine($"{name}: heat {r.HeatingMjPerM2:F0} MJ/m2 peak {r.PeakHeatingDemandKw / spec.FloorAreaM2 * 1000:F0} W/m2 cool {r.CoolingKwh / spec.FloorAreaM2:F0} kWh/m2 light {r.LightingKwh / spec.FloorAreaM2:F0} kWh/m2 lampH {r.LampHours:F0} sunPAR {r.SunParMolM2:F0} lampPAR {r.LampParMolM2:F0} Tmean {r.MeanInsideTemperatureC:F1} transp {r.TranspirationKgM2:F0} humHeat {r.HumidityVentilationHeatKwh * 3.6 / spec.FloorAreaM2:F0} MJ/m2 humidH {r.HoursAboveHumidityLimit:F0}");
        }
        Breakdown("AMS std unlit", GreenhouseSpec.StandardRose(), ClimateNormals.Amsterdam);
        Breakdown("JIN dakuishan", GreenhouseSpec.Dakuishan(), ClimateNormals.Jinan);
        Run("AMS std unlit", GreenhouseSpec.StandardRose(), ClimateNormals.Amsterdam);
        Run("AMS std RH90", GreenhouseSpec.StandardRose() with { SetPoints = GreenhouseSetPoints.StandardRose with { MaxRelativeHumidityPercent = 90 } }, ClimateNormals.Amsterdam);
        Run("AMS std RH100", GreenhouseSpec.StandardRose() with { SetPoints = GreenhouseSetPoints.StandardRose with { MaxRelativeHumidityPercent = 100 } }, ClimateNormals.Amsterdam);
        Run("AMS std LAI0", GreenhouseSpec.StandardRose() with { LeafAreaIndex = 0 }, ClimateNormals.Amsterdam);
        Run("AMS std leak0.25", GreenhouseSpec.StandardRose() with { LeakageAch = 0.25 }, ClimateNormals.Amsterdam);
        Run("AMS std noscreen", GreenhouseSpec.StandardRose() with { Screen = null }, ClimateNormals.Amsterdam);
        Run("AMS std LED", GreenhouseSpec.StandardRose(lighting: SupplementaryLighting.RoseLed), ClimateNormals.Amsterdam);
        Run("AMS std HPS", GreenhouseSpec.StandardRose(lighting: SupplementaryLighting.RoseHps), ClimateNormals.Amsterdam);
        Run("JIN std unlit", GreenhouseSpec.StandardRose(), ClimateNormals.Jinan);
        Run("JIN dakuishan", GreenhouseSpec.Dakuishan(), ClimateNormals.Jinan);
        Run("AMS dakuishan", GreenhouseSpec.Dakuishan(), ClimateNormals.Amsterdam);
        Run("KUN plastic unheated", GreenhouseSpec.Dakuishan() with { Cover = GreenhouseCover.SinglePlasticFilm, Screen = null, SetPoints = new GreenhouseSetPoints(2, 2, 25, null, 100) }, ClimateNormals.Kunming);
    }
}
