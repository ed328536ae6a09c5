using MineRose.Core.Mines;
using MineRose.Core.Screening;

namespace MineRose.Core.Tests.Screening;

/// <summary>The default candidates and the user's filters.</summary>
public sealed class MineFilterTests
{
    private static CandidateMine M(MineStatus status, double? rp = null, double? life = null, string province = "Shandong", MineType type = MineType.Underground) => new()
    {
        Name = "m", LatitudeDeg = 36, LongitudeDeg = 117, Status = status, ReserveToProductionRatioYears = rp, ReportedLifeOfMineYears = life,
        Province = province, MineType = type, Source = "t",
    };

    [Fact]
    public void Default_candidates_are_closed_mothballed_and_mines_whose_reserves_run_out()
    {
        var f = new MineFilter();
        Assert.True(f.Accepts(M(MineStatus.Closed)));
        Assert.True(f.Accepts(M(MineStatus.Mothballed)));
        Assert.True(f.Accepts(M(MineStatus.Operating, rp: 5)));
        Assert.True(f.Accepts(M(MineStatus.Operating, life: 3)));
        Assert.False(f.Accepts(M(MineStatus.Operating, rp: 25)));
        Assert.False(f.Accepts(M(MineStatus.Operating)));
        Assert.False(f.Accepts(M(MineStatus.Proposed, rp: 1)));
    }

    [Fact]
    public void Status_type_and_province_filters_combine()
    {
        var f = new MineFilter { Statuses = [MineStatus.Operating], Types = [MineType.Underground], Provinces = ["shandong"] };
        Assert.True(f.Accepts(M(MineStatus.Operating)));
        Assert.False(f.Accepts(M(MineStatus.Closed)));
        Assert.False(f.Accepts(M(MineStatus.Operating, type: MineType.Surface)));
        Assert.False(f.Accepts(M(MineStatus.Operating, province: "Shanxi")));
    }
}
