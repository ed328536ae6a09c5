using MineRose.Core.Mines;
using MineRose.IO.Mines;

namespace MineRose.IO.Tests.Mines;

/// <summary>The GCMT reader on small hand-written files with GEM's header names: rejected rows and whole-file errors.</summary>
public sealed class GemMalformedFileTests
{
    private const string Header =
        "\uFEFFGEM Mine ID,Country / Area,Mine Name,Mine Name (Non-ENG),Status,Status Detail,Capacity (Mtpa),Mine Type,\"Mine Size\n(Km2)\","
        + "Mine Depth (m),Depth Accuracy,Workforce Size,Reserve to Production Ratio (R/P),Opening Year,Closing Year,Reported Life of Mine,"
        + "\"Prefecture, District\",\"State, Province\",Latitude,Longitude,Location Accuracy,Gas-level Rating\n";

    private static MineListReadResult Read(string rows, string? country = "China") =>
        GemCoalMineTrackerReader.ReadNonClosed(new StringReader(Header + rows), "gcmt.csv", country);

    [Fact]
    public void Header_cells_with_line_breaks_and_a_bom_are_recognised_and_line_numbers_count_them()
    {
        // The header spans lines 1–2 (a line break inside "Mine Size\n(Km2)"), so the first row is on line 3.
        var result = Read("M1,China,A mine,甲矿,Operating,,\"1,5\",Underground,\"2. 5\",600,Exact,\"5\u00a0500\",10,2001,,9,Zibo,Shandong,\"36,5\",\"117,9\",Exact,低瓦斯\n"
            + "M2,China,B mine,,Operating,,1,Underground,,,,,,,,,Zibo,Shandong,95,\"117,9\",Exact,\n");
        var mine = Assert.Single(result.Mines);
        Assert.Equal(1.5, mine.CapacityMtpa);
        Assert.Equal(2.5, mine.MineSizeKm2);
        Assert.Equal(5500, mine.Workforce); // "5 500" with a no-break space as thousands separator
        Assert.Equal(36.5, mine.LatitudeDeg);
        var rejected = Assert.Single(result.Rejected);
        Assert.Equal(new RejectedRow("gcmt.csv", 4, "Latitude", "95", rejected.Reason), rejected);
    }

    [Theory]
    [InlineData("M3,China,C,,Operating,,1,Underground,,600,Exact,,,,,,Z,S,,\"117,9\",Exact,\n", "Latitude", "no coordinates")]
    [InlineData("M3,China,C,,Operating,,1,Underground,,600,Exact,,,,,,Z,S,\"36,5\",\"190\",Exact,\n", "Longitude", "not a longitude")]
    [InlineData("M3,China,C,,Operating,,1,Underground,,-600,Exact,,,,,,Z,S,\"36,5\",\"117,9\",Exact,\n", "Mine Depth (m)", "negative depth")]
    [InlineData("M3,China,C,,Operating,,-1,Underground,,600,Exact,,,,,,Z,S,\"36,5\",\"117,9\",Exact,\n", "Capacity (Mtpa)", "negative capacity")]
    [InlineData("M3,China,C,,Operating,,1,Underwater,,600,Exact,,,,,,Z,S,\"36,5\",\"117,9\",Exact,\n", "Mine Type", "unknown mine type")]
    [InlineData("M3,China,C,,Operating,,1,Underground,,600,Exact,,,,,,Z,S,\"36.5,\",\"117,9\",Exact,\n", "Latitude", "not a latitude")]
    public void An_unusable_row_is_rejected_with_its_line_field_and_reason(string row, string field, string reason)
    {
        var result = Read(row);
        Assert.Empty(result.Mines);
        var rejected = Assert.Single(result.Rejected);
        Assert.Equal(3, rejected.Line);
        Assert.Equal(field, rejected.Field);
        Assert.StartsWith(reason, rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_of_other_countries_are_skipped_not_rejected_and_the_country_is_a_parameter()
    {
        const string rows = "M4,India,D,,Operating,,1,Surface,,,,,,,,,X,Jharkhand,95,86,Exact,\n"
            + "M5,China,E,,Proposed,,1,Surface,,456,Estimate,,,,,,Z,S,\"36,5\",\"117,9\",Approximate,\n";
        var china = Read(rows);
        Assert.Empty(china.Rejected);
        var e = Assert.Single(china.Mines);
        Assert.Null(e.DepthM); // an "Estimate" depth (here the 456 m fill) is unknown
        Assert.Equal(DepthAccuracy.Estimate, e.DepthAccuracy);
        var india = Read(rows, "india");
        Assert.Empty(india.Mines);
        Assert.Equal("Latitude", Assert.Single(india.Rejected).Field);
    }

    [Fact]
    public void Rows_after_the_appended_closed_block_stop_being_read_and_a_late_non_closed_row_fails_the_file()
    {
        const string good = "M6,China,F,,Mothballed,,1,Underground,,300,Exact,,,,,,Z,S,\"36,5\",\"117,9\",Exact,\n";
        // Closed-sheet order under the non-closed header: the Status column holds a company HQ country.
        const string appended = "M7,China,G,,China,,1,Underground,,300,Exact,,,,,,Z,S,\"36,5\",\"117,9\",Exact,\n";
        var read = Read(good + appended);
        Assert.Equal("M6", Assert.Single(read.Mines).GemMineId);
        Assert.Empty(read.Rejected);
        var error = Assert.Throws<InputFileException>(() => Read(good + appended + good));
        Assert.Equal(5, error.Line);
        Assert.Equal("Status", error.Field);
    }

    [Fact]
    public void A_missing_column_fails_the_whole_file_naming_file_line_and_column()
    {
        var text = Header.Replace(",Longitude,", ",Long,", StringComparison.Ordinal) + "M1,China,A,,Operating,,1,Underground,,,,,,,,,Z,S,36,117,Exact,\n";
        var error = Assert.Throws<InputFileException>(() => GemCoalMineTrackerReader.ReadNonClosed(new StringReader(text), "gcmt.csv"));
        Assert.Equal("gcmt.csv", error.FilePath);
        Assert.Equal(1, error.Line);
        Assert.Equal("Longitude", error.Field);
    }

    [Fact]
    public void Closed_sheet_reads_the_country_from_a_third_column_mislabelled_msha_id()
    {
        const string closed = "GEM Mine ID,MSHA ID,MSHA ID,Mine Name,Mine Name (Non-ENG),Capacity (Mtpa),Mine Type,\"Mine Size\n(Km2)\",\"Mine Depth\n(m)\","
            + "Depth Accuracy,Workforce Size,Opening Year,Closing Year,Reason for Closure,Mine Site Status,\"Prefecture, District\",\"State, Province\","
            + "Latitude,Longitude,Location Accuracy\n"
            + "M8,,China,H,,\"0,9\",Underground,,420,Exact,,1960,2018/2019,Capacity reduction,Unknown,Zibo,Shandong,\"36,6\",\"117,9\",Exact\n";
        var mine = Assert.Single(GemCoalMineTrackerReader.ReadClosed(new StringReader(closed), "closed.csv").Mines);
        Assert.Equal("China", mine.Country);
        Assert.Equal(MineStatus.Closed, mine.Status);
        Assert.Equal(420.0, mine.DepthM);
        Assert.Equal(1960, mine.OpeningYear);
        Assert.Null(mine.ClosingYear); // "2018/2019" is not one year: unknown
        Assert.Equal("Capacity reduction", mine.ReasonForClosure);
        Assert.Equal("Unknown", mine.MineSiteStatus);
    }
}
