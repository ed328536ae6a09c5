using MineRose.Core.Time;

namespace MineRose.Core.Tests.Time;

public class TimeGridTests
{
    [Fact]
    public void Midpoint_of_an_hourly_interval_is_half_past()
    {
        var grid = TimeGrid.Hourly(new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc), 8760);
        Assert.Equal(new DateTime(2025, 1, 1, 5, 30, 0, DateTimeKind.Utc), grid.MidpointOf(5));
        Assert.Equal(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), grid.EndUtc);
    }

    [Fact]
    public void A_local_start_time_is_refused()
    {
        var ex = Assert.Throws<InvalidInputException>(() => TimeGrid.Hourly(new DateTime(2025, 1, 1), 24));
        Assert.Equal("time grid start", ex.Field);
    }
}
