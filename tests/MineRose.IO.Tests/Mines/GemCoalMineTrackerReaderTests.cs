using MineRose.Core.Mines;
using MineRose.IO.Mines;
using MineRose.TestSupport;

namespace MineRose.IO.Tests.Mines;

/// <summary>The GCMT reader against the real GEM files in shared/mines. Every expected count is the independent count
/// written in shared/mines/SOURCES.md (made there with a separate script, not with this reader).</summary>
public sealed class GemCoalMineTrackerReaderTests
{
    private static readonly Lazy<MineListReadResult> ChinaOpen =
        new(() => GemCoalMineTrackerReader.ReadNonClosed(SharedData.PathOf("mines", "gcmt-1ways_non_closed_mines.csv")));

    private static readonly Lazy<MineListReadResult> ChinaClosed =
        new(() => GemCoalMineTrackerReader.ReadClosed(SharedData.PathOf("mines", "gcmt-1ways_closed_mines.csv")));

    [SharedDataFact]
    public void China_non_closed_sheet_has_2582_rows_with_2569_unique_ids_and_none_rejected()
    {
        var result = ChinaOpen.Value;
        // SOURCES.md §1: "China, non-closed (2,582 rows …)"; quirk 3: "2,582 China rows, 2,569 unique IDs".
        Assert.Equal(2582, result.Mines.Count);
        Assert.Equal(2569, result.Mines.Select(m => m.GemMineId).Distinct().Count());
        Assert.Empty(result.Rejected); // SOURCES.md: "all rows have coordinates, province, depth and capacity"
        Assert.All(result.Mines, m => Assert.Equal("China", m.Country));
        Assert.All(result.Mines, m => Assert.Equal(MineSource.GemNonClosedSheet, m.Source));
    }

    [SharedDataFact]
    public void China_non_closed_status_counts_match_the_independent_count()
    {
        var counts = ChinaOpen.Value.Mines.GroupBy(m => m.Status).ToDictionary(g => g.Key, g => g.Count());
        // SOURCES.md §1: Operating 1,884; Proposed 440; Mothballed 212; Shelved 37; Cancelled 9.
        Assert.Equal(1884, counts[MineStatus.Operating]);
        Assert.Equal(440, counts[MineStatus.Proposed]);
        Assert.Equal(212, counts[MineStatus.Mothballed]);
        Assert.Equal(37, counts[MineStatus.Shelved]);
        Assert.Equal(9, counts[MineStatus.Cancelled]);
        Assert.False(counts.ContainsKey(MineStatus.Closed)); // the appended closed-sheet rows are not read from this file
    }

    [SharedDataFact]
    public void China_non_closed_mine_types_and_provinces_match_the_independent_count()
    {
        var mines = ChinaOpen.Value.Mines;
        // SOURCES.md §1: Underground 2,280; Surface 284; Underground & Surface 18.
        Assert.Equal(2280, mines.Count(m => m.MineType == MineType.Underground));
        Assert.Equal(284, mines.Count(m => m.MineType == MineType.Surface));
        Assert.Equal(18, mines.Count(m => m.MineType == MineType.UndergroundAndSurface));
        // SOURCES.md §1: "Shanxi 775 … Shandong 70"; 22 provinces; Location Accuracy Exact 2,324, Approximate 258.
        Assert.Equal(775, mines.Count(m => m.Province == "Shanxi"));
        Assert.Equal(70, mines.Count(m => m.Province == "Shandong"));
        Assert.Equal(22, mines.Select(m => m.Province).Distinct().Count());
        Assert.Equal(2324, mines.Count(m => m.LocationAccuracy == LocationAccuracy.Exact));
        Assert.Equal(258, mines.Count(m => m.LocationAccuracy == LocationAccuracy.Approximate));
    }

    [SharedDataFact]
    public void Only_exact_depths_are_values_and_estimate_depths_are_unknown()
    {
        var mines = ChinaOpen.Value.Mines;
        // SOURCES.md §1: Depth Accuracy Exact 1,767; Estimate 815 (746 of them exactly 456 m, a default fill).
        Assert.Equal(1767, mines.Count(m => m.DepthM is not null));
        Assert.Equal(1767, mines.Count(m => m.DepthAccuracy == DepthAccuracy.Exact));
        Assert.Equal(815, mines.Count(m => m.DepthAccuracy == DepthAccuracy.Estimate));
        Assert.All(mines.Where(m => m.DepthAccuracy == DepthAccuracy.Estimate), m => Assert.Null(m.DepthM));
    }

    [SharedDataFact]
    public void Optional_fields_are_filled_as_often_as_the_independent_count_says()
    {
        var mines = ChinaOpen.Value.Mines;
        // SOURCES.md §1 "Other fill counts": Mine Size 2,476; Opening Year 2,021; Reported Life of Mine 2,072;
        // R/P ratio 2,285; Gas-level Rating 2,127 (低瓦斯 1,192 / 高瓦斯 438 / 突出矿井 497); Workforce 2,223.
        Assert.Equal(2476, mines.Count(m => m.MineSizeKm2 is not null)); // includes 6 cells written like "2. 5926"
        Assert.Equal(2021, mines.Count(m => m.OpeningYear is not null));
        Assert.Equal(2072, mines.Count(m => m.ReportedLifeOfMineYears is not null));
        Assert.Equal(2285, mines.Count(m => m.ReserveToProductionRatioYears is not null));
        Assert.Equal(1192, mines.Count(m => m.GasRating == "低瓦斯"));
        Assert.Equal(438, mines.Count(m => m.GasRating == "高瓦斯"));
        Assert.Equal(497, mines.Count(m => m.GasRating == "突出矿井"));
        // 2,223 filled cells, one of which (M6992) is the range "1-20": read as unknown, not as a number.
        Assert.Equal(2222, mines.Count(m => m.Workforce is not null));
        Assert.Null(mines.First(m => m.GemMineId == "M6992").Workforce);
        Assert.All(mines, m => Assert.NotNull(m.CapacityMtpa)); // "all rows have … capacity"
    }

    [SharedDataFact]
    public void Baizhuang_row_is_read_with_its_decimal_commas_as_in_the_file()
    {
        // gcmt-1ways_non_closed_mines.csv line 2847, read by hand:
        // M1818,,China,Baizhuang Coal Mine,,肥城白庄煤矿有限公司,…,Operating,…,"1,4",…,Underground,,"15,6705",771,Exact,1772,…
        // R/P 8, Opening Year 1978, Closing Year empty, Reported Life 8, Feicheng, Shandong, "36,241169","116,613278",Exact, 低瓦斯
        var m = Assert.Single(ChinaOpen.Value.Mines, x => x.GemMineId == "M1818");
        Assert.Equal("Baizhuang Coal Mine", m.Name);
        Assert.Equal("肥城白庄煤矿有限公司", m.NameNonEnglish);
        Assert.Equal(36.241169, m.LatitudeDeg, 9);
        Assert.Equal(116.613278, m.LongitudeDeg, 9);
        Assert.Equal(1.4, m.CapacityMtpa!.Value, 9);
        Assert.Equal(15.6705, m.MineSizeKm2!.Value, 9);
        Assert.Equal(771.0, m.DepthM);
        Assert.Equal(1772, m.Workforce);
        Assert.Equal(8.0, m.ReserveToProductionRatioYears);
        Assert.Equal(8.0, m.ReportedLifeOfMineYears);
        Assert.Equal(1978, m.OpeningYear);
        Assert.Null(m.ClosingYear);
        Assert.Equal("Feicheng", m.Prefecture);
        Assert.Equal("Shandong", m.Province);
        Assert.Equal("低瓦斯", m.GasRating);
        Assert.Equal(MineStatus.Operating, m.Status);
        Assert.Equal(MineType.Underground, m.MineType);
        Assert.Equal(LocationAccuracy.Exact, m.LocationAccuracy);
    }

    [SharedDataFact]
    public void Appended_closed_rows_of_the_non_closed_file_are_not_read_as_non_closed_mines()
    {
        // SOURCES.md quirk 1: data lines 5384–7137 are the closed sheet again; the first is M5576 (Anglesea, Australia).
        // M1850 Daizhuang (China) and M1812 Anju (China) appear only there and in the closed file.
        var all = GemCoalMineTrackerReader.ReadNonClosed(SharedData.PathOf("mines", "gcmt-1ways_non_closed_mines.csv"), country: null);
        Assert.Equal(5382, all.Mines.Count); // SOURCES.md summary: 5,382 rows in all
        Assert.DoesNotContain(all.Mines, m => m.GemMineId is "M5576" or "M1850" or "M1812");
        Assert.Contains(ChinaClosed.Value.Mines, m => m.GemMineId == "M1850");
    }

    [SharedDataFact]
    public void China_closed_sheet_has_108_mines_all_with_coordinates()
    {
        var result = ChinaClosed.Value;
        // SOURCES.md §1: "China, closed (108 rows): all have coordinates. Underground 92, Surface 13."
        Assert.Equal(108, result.Mines.Count);
        Assert.Empty(result.Rejected);
        Assert.All(result.Mines, m => Assert.Equal(MineStatus.Closed, m.Status));
        Assert.Equal(92, result.Mines.Count(m => m.MineType == MineType.Underground));
        Assert.Equal(13, result.Mines.Count(m => m.MineType == MineType.Surface));
        // The remaining 3, read from the file by hand: M2140 Simengou and M5365 Guizhou Benxiaokang are
        // "Underground & Surface"; M5543 Hebei Xuzhuang is "Not found".
        Assert.Equal(["M2140", "M5365"], result.Mines.Where(m => m.MineType == MineType.UndergroundAndSurface).Select(m => m.GemMineId).Order());
        Assert.Equal("M5543", Assert.Single(result.Mines, m => m.MineType == MineType.Unknown).GemMineId);
        // "Reason for Closure is filled for only 11 rows".
        Assert.Equal(11, result.Mines.Count(m => m.ReasonForClosure is not null));
    }

    [SharedDataFact]
    public void Closed_sheet_country_comes_from_the_mislabelled_third_column()
    {
        // Line 4 of gcmt-1ways_closed_mines.csv (the header takes lines 1–3: two header cells hold line breaks): M5576, Anglesea Coal Mine, third cell "Australia" under a header "MSHA ID".
        // Its Latitude cell holds "144,1699617" (the longitude): an impossible latitude, so the row is rejected.
        var australia = GemCoalMineTrackerReader.ReadClosed(SharedData.PathOf("mines", "gcmt-1ways_closed_mines.csv"), "Australia");
        var rejected = Assert.Single(australia.Rejected, r => r.Line == 4);
        Assert.Equal("Latitude", rejected.Field);
        Assert.Equal("144,1699617", rejected.Value);
        Assert.All(australia.Mines, m => Assert.Equal("Australia", m.Country));
    }

    [SharedDataFact]
    public void Reading_both_sheets_neither_double_counts_nor_forgets_the_credit()
    {
        var both = GemCoalMineTrackerReader.ReadBoth(
            SharedData.PathOf("mines", "gcmt-1ways_non_closed_mines.csv"), SharedData.PathOf("mines", "gcmt-1ways_closed_mines.csv"));
        Assert.Equal(2582 + 108, both.Mines.Count);
        // SOURCES.md: "Required attribution for every GEM file".
        Assert.Equal("Global Energy Monitor, Global Coal Mine Tracker (and Coal Mine Boundaries and Methane Sources), licensed CC BY 4.0, https://globalenergymonitor.org/", both.Credit);
        // SOURCES.md: "Candidates are Mothballed mines plus the closed sheet": 212 + 108.
        Assert.Equal(320, both.Mines.Count(m => m.Status is MineStatus.Mothballed or MineStatus.Closed));
    }
}
