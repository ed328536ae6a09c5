using MineRose.Core.Mines;
using MineRose.IO.Mines;
using MineRose.TestSupport;

namespace MineRose.IO.Tests.Mines;

/// <summary>Users' own mine lists: the documented columns, rejected rows with line and reason, whole-file errors.</summary>
public sealed class MineListCsvReaderTests
{
    private static string Data(string name) => SharedData.TestDataPath("mines", name);

    [Fact]
    public void A_valid_list_is_read_with_quoted_names_comments_blank_lines_and_empty_optional_values()
    {
        var result = MineListCsvReader.Read(Data("user_list_valid.csv"));
        Assert.Empty(result.Rejected);
        Assert.Equal(3, result.Mines.Count);
        var dakuishan = result.Mines[0];
        Assert.Equal("Dakuishan", dakuishan.Name);
        Assert.Equal(36.62, dakuishan.LatitudeDeg);
        Assert.Equal(117.95, dakuishan.LongitudeDeg);
        Assert.Equal(420.0, dakuishan.DepthM);
        Assert.Equal(DepthAccuracy.Exact, dakuishan.DepthAccuracy);
        Assert.Equal(MineType.Underground, dakuishan.MineType);
        Assert.Equal(MineStatus.Closed, dakuishan.Status);
        Assert.Equal(40.0, dakuishan.LandAvailableHa);
        Assert.Equal(120.0, dakuishan.MineWaterInflowM3H);
        Assert.Equal(15.0, dakuishan.MineWaterTemperatureC);
        var hongshan = result.Mines[1];
        Assert.Equal("Hongshan, No. 2 shaft", hongshan.Name);
        Assert.Null(hongshan.DepthM);
        Assert.Equal(DepthAccuracy.Unknown, hongshan.DepthAccuracy);
        Assert.Equal(MineStatus.Mothballed, hongshan.Status);
        Assert.Null(hongshan.LandAvailableHa);
        Assert.Null(hongshan.MineWaterTemperatureC);
        Assert.Equal("Quoted \"east\" pit", result.Mines[2].Name);
        Assert.Equal(MineType.UndergroundAndSurface, result.Mines[2].MineType);
        Assert.Null(result.Mines[2].GemMineId);
    }

    [Fact]
    public void Each_bad_row_lands_in_rejected_with_its_line_field_and_reason_and_the_good_row_is_kept()
    {
        var result = MineListCsvReader.Read(Data("user_list_bad_rows.csv"));
        Assert.Equal("Good one", Assert.Single(result.Mines).Name);
        // Lines as an editor numbers them; the "Two-line\nname" row starts on line 5 and takes lines 5–6.
        (int Line, string Field, string Value, string Reason)[] expected =
        [
            (2, "latitude", "95", "impossible latitude"),
            (3, "depth_m", "-5", "impossible depth"),
            (4, "latitude", "", "no coordinates"),
            (5, "status", "retired", "unknown status"),
            (7, "fields", "3", "3 fields"),
            (8, "mine_water_temperature_c", "120", "impossible water temperature"),
            (9, "latitude", "36,6", "impossible latitude"),
            (10, "name", "", "no name"),
        ];
        Assert.Equal(expected.Length, result.Rejected.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            var r = result.Rejected[i];
            Assert.Equal(Data("user_list_bad_rows.csv"), r.File);
            Assert.Equal(expected[i].Line, r.Line);
            Assert.Equal(expected[i].Field, r.Field);
            Assert.Equal(expected[i].Value, r.Value);
            Assert.StartsWith(expected[i].Reason, r.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_missing_required_column_throws_naming_file_line_and_column()
    {
        var error = Assert.Throws<InputFileException>(() => MineListCsvReader.Read(Data("user_list_missing_depth_column.csv")));
        Assert.Equal(Data("user_list_missing_depth_column.csv"), error.FilePath);
        Assert.Equal(1, error.Line);
        Assert.Equal("depth_m", error.Field);
    }

    [Fact]
    public void An_unclosed_quote_throws_at_the_line_where_the_field_opens()
    {
        var error = Assert.Throws<InputFileException>(() => MineListCsvReader.Read(Data("user_list_unclosed_quote.csv")));
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void A_list_without_rows_throws_rather_than_returning_an_empty_screening()
    {
        var error = Assert.Throws<InputFileException>(() => MineListCsvReader.Read(Data("user_list_header_only.csv")));
        Assert.Equal("rows", error.Field);
    }

    [Fact]
    public void A_repeated_column_throws()
    {
        const string text = "name,latitude,longitude,depth_m,mine_type,status,land_available_ha,latitude\nA,1,2,3,surface,closed,4,5\n";
        var error = Assert.Throws<InputFileException>(() => MineListCsvReader.Read(new StringReader(text), "list.csv"));
        Assert.Equal("latitude", error.Field);
    }

    [Fact]
    public void A_mine_built_directly_with_an_impossible_latitude_throws_naming_the_field()
    {
        var error = Assert.Throws<MineRose.Core.InvalidInputException>(() =>
            new CandidateMine { Name = "X", LatitudeDeg = 95, LongitudeDeg = 0, Status = MineStatus.Closed, Source = "test" });
        Assert.Equal(nameof(CandidateMine.LatitudeDeg), error.Field);
        Assert.Throws<MineRose.Core.InvalidInputException>(() =>
            new CandidateMine { Name = "X", LatitudeDeg = 0, LongitudeDeg = 0, Status = MineStatus.Closed, Source = "test", DepthM = -1 });
    }
}
