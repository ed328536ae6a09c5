using System.Text.Json;
using System.Text.Json.Serialization;
using MineRose.Core.Screening;
using MineRose.IO.Screening;

namespace MineRose.IO.Tests.Screening;

/// <summary>The stored payload: source-generated JSON that is byte for byte what the reflection serializer wrote before, so a
/// store filled by an earlier build reads back the same.</summary>
public sealed class MineScreeningResultJsonTests
{
    private static readonly MineScreeningResult Sample = new()
    {
        MineId = "M0042#2", GemMineId = "M0042", Name = "Dakuishan", NameNonEnglish = "大奎山煤矿", Province = "Shandong", Prefecture = null,
        LatitudeDeg = 36.7, LongitudeDeg = 118.0, Status = "Closed", MineType = "Underground", DepthM = 165, Source = "list.csv",
        Evaluated = true, WeatherStation = "Jinan.Tsinan, SD, CHN", StationDistanceKm = 89.2, WeatherKind = "station file",
        UsableLandHa = 10, PvDcKw = 2600, GreenhouseAreaM2 = 13000, HeatPumpHeatingKw = 1500, BatteryKwh = 1040,
        Kpis = new Dictionary<string, double> { ["npv_cny"] = -30726608.31, ["irr"] = double.NaN, ["payback_years"] = double.PositiveInfinity, ["jobs"] = 29.8 },
        Flags = ["synthetic weather: \"quoted\"", "optimal dispatch: rolling 48 h"],
    };

    [Fact]
    public void The_payload_is_the_json_the_reflection_serializer_writes_and_reads_back_equal()
    {
        // The options MineScreeningResultJson used before source generation (reflection-based), as the independent reference.
        var reflection = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
            WriteIndented = false,
            TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver(),
        };
        string expected = JsonSerializer.Serialize(Sample, reflection);
        string actual = MineScreeningResultJson.Serialize(Sample);
        Assert.Equal(expected, actual);

        var back = MineScreeningResultJson.Deserialize(actual);
        Assert.Equal(Sample.NameNonEnglish, back.NameNonEnglish);
        Assert.Equal(Sample.Flags, back.Flags);
        Assert.Equal(-30726608.31, back.Kpi("npv_cny"));
        Assert.True(double.IsNaN(back.Kpi("irr")));
        Assert.True(double.IsPositiveInfinity(back.Kpi("payback_years")));
        Assert.Equal(Sample with { Kpis = back.Kpis, Flags = back.Flags }, back);
    }
}
