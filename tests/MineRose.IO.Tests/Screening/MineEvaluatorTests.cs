using MineRose.Core.Park;
using MineRose.IO.Mines;
using MineRose.IO.Scenarios;
using MineRose.IO.Screening;
using MineRose.IO.Weather;
using MineRose.TestSupport;
using MineRose.Core.Weather;

namespace MineRose.IO.Tests.Screening;

/// <summary>The evaluator on the real GEM files (counts against shared/mines/SOURCES.md), on users' lists, and against
/// the same park run as a scenario.</summary>
public sealed class MineEvaluatorTests
{
    private static string[] Gem() =>
        [SharedData.PathOf("mines", "gcmt-1ways_non_closed_mines.csv"), SharedData.PathOf("mines", "gcmt-1ways_closed_mines.csv")];

    [SharedDataTheory]
    // SOURCES.md, China: non-closed Mothballed 212, Operating 1,884, Proposed 440; closed sheet 108 rows.
    [InlineData("mothballed", 212)]
    [InlineData("operating", 1884)]
    [InlineData("proposed", 440)]
    [InlineData("closed", 108)]
    public void Gem_counts_by_status_after_the_filter_match_the_sources_note(string status, int expected)
    {
        var e = new MineEvaluator(new ScreeningJob { MineLists = Gem(), Statuses = [status] });
        Assert.Equal(expected, e.MineIds.Count);
        // 2,582 non-closed + 108 closed Chinese rows, none rejected.
        Assert.Equal(2582 + 108, e.ReadCount);
        Assert.Empty(e.Rejected);
        Assert.True(e.HasGemData);
    }

    [SharedDataFact]
    public void Gem_counts_by_province_and_type_match_the_sources_note_and_row_ids_are_unique()
    {
        string[] open = ["operating", "proposed", "mothballed", "shelved", "cancelled"];
        var nonClosed = new[] { SharedData.PathOf("mines", "gcmt-1ways_non_closed_mines.csv") };
        // SOURCES.md: Shandong 70, Shanxi 775 non-closed rows; Underground 2,280.
        Assert.Equal(70, new MineEvaluator(new ScreeningJob { MineLists = nonClosed, Statuses = open, Provinces = ["Shandong"] }).MineIds.Count);
        Assert.Equal(775, new MineEvaluator(new ScreeningJob { MineLists = nonClosed, Statuses = open, Provinces = ["shanxi"] }).MineIds.Count);
        var all = new MineEvaluator(new ScreeningJob { MineLists = nonClosed, Statuses = open, Types = ["underground"] });
        Assert.Equal(2280, all.MineIds.Count);

        // 2,582 rows, 2,569 distinct GEM ids: every row gets its own id, repeats as "M…#2".
        var every = new MineEvaluator(new ScreeningJob { MineLists = nonClosed, Statuses = open });
        Assert.Equal(2582, every.MineIds.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(2569, every.MineIds.Select(id => id.Split('#')[0]).Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(every.MineIds, id => id.EndsWith("#2", StringComparison.Ordinal));
    }

    [Fact]
    public void Rejected_rows_of_a_users_list_reach_the_rejected_file_with_their_reasons()
    {
        var path = SharedData.TestDataPath("mines", "user_list_bad_rows.csv");
        var e = new MineEvaluator(new ScreeningJob { MineLists = [path], Statuses = ["closed"] });
        Assert.NotEmpty(e.Rejected);
        Assert.False(e.HasGemData);
        var text = new StringWriter();
        RejectedRowsCsvWriter.Write(text, e.Rejected, credit: null);
        var lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("file,line,field,value,reason", lines[0]);
        Assert.Equal(e.Rejected.Count + 1, lines.Length);
        // The north-pole row (line 2) is refused for its latitude.
        Assert.Contains(lines, l => l.Contains(",2,latitude,95,", StringComparison.Ordinal));
        // Rows read + rows rejected = the list's data rows (10 rows, one spanning two lines).
        Assert.Equal(9, e.ReadCount + e.Rejected.Count);
    }

    [Fact]
    public void GeoJSON_points_are_read_like_csv_rows_and_bad_features_are_rejected_by_number()
    {
        var path = Path.Combine(Path.GetTempPath(), $"minerose-{Guid.NewGuid():N}.geojson");
        File.WriteAllText(path, """
            {"type":"FeatureCollection","features":[
             {"type":"Feature","geometry":{"type":"Point","coordinates":[117.95,36.62]},
              "properties":{"name":"Dakuishan","depth_m":420,"mine_type":"underground","status":"closed","land_available_ha":40,"mine_water_inflow_m3_h":120,"mine_water_temperature_c":15}},
             {"type":"Feature","geometry":{"type":"Polygon","coordinates":[]},"properties":{"name":"An area"}},
             {"type":"Feature","geometry":{"type":"Point","coordinates":[117.9,95]},
              "properties":{"name":"Too far north","depth_m":null,"mine_type":"underground","status":"closed","land_available_ha":null}}
            ]}
            """);
        try
        {
            var read = MineListFile.Read(path);
            var mine = Assert.Single(read.Mines);
            Assert.Equal(36.62, mine.LatitudeDeg);
            Assert.Equal(117.95, mine.LongitudeDeg);
            Assert.Equal(420, mine.DepthM);
            Assert.Equal(120, mine.MineWaterInflowM3H);
            Assert.Equal([2, 3], read.Rejected.Select(r => r.Line));
            Assert.Equal("geometry", read.Rejected[0].Field);
            Assert.Equal("latitude", read.Rejected[1].Field);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [SharedDataFact]
    public void A_mine_whose_template_design_equals_a_scenario_gets_the_kpis_of_that_scenario()
    {
        var weatherDir = SharedData.PathOf("weather");
        var e = new MineEvaluator(new ScreeningJob
        {
            MineLists = [SharedData.TestDataPath("screening", "dakuishan.csv")],
            TemplatePath = SharedData.TestDataPath("screening", "test-template.yaml"),
            WeatherDir = weatherDir,
            Statuses = ["closed"],
        });
        var screened = MineScreeningResultJson.Deserialize(e.Evaluate(Assert.Single(e.MineIds)).PayloadJson);
        Assert.True(screened.Evaluated, screened.FailureReason);
        Assert.Equal("station file", screened.WeatherKind);
        Assert.StartsWith("Jinan", screened.WeatherStation, StringComparison.Ordinal);
        Assert.Equal(2600, screened.PvDcKw);
        Assert.Equal(13_000, screened.GreenhouseAreaM2);
        Assert.Equal(1500, screened.HeatPumpHeatingKw);

        // The same park as `minerose simulate phase1-no-storage.yaml --weather <Jinan EPW>` runs it.
        var scenario = ScenarioLoader.Load(SharedData.TestDataPath("screening", "phase1-no-storage.yaml"));
        var weather = WeatherResampling.ToStep(WeatherFile.Read(Path.Combine(weatherDir, "CHN_SD_Jinan.Tsinan.548230_TMYx.epw")), scenario.TimeStepMinutes);
        var simulated = ParkEvaluation.Evaluate(ParkSimulator.SimulateYear(scenario.Design, weather));
        Assert.Equal(simulated.Kpis.Count, screened.Kpis.Count);
        foreach (var k in simulated.Kpis)
            Assert.True(k.Value.Equals(screened.Kpi(k.Key)), $"{k.Key}: simulate {k.Value:R}, screen {screened.Kpi(k.Key):R}");
    }
}
