using MineRose.Core.Greenhouse;

namespace MineRose.Core.Tests.Greenhouse;

public class ProportionalControlTests
{
    [Fact]
    public void The_smoothed_controller_passes_1_50_and_99_percent_at_the_set_point_mid_band_and_band_end_as_in_GreenLight()
    {
        // GreenLight's proportionalControl [94]: u = u_min + (u_max − u_min)/(1 + exp(−2·ln(100)/p·(x − x_set − p/2))).
        // At x = x_set: 1/(1 + 100) = 1/101; at x_set + p/2: 1/2; at x_set + p: 1/(1 + 1/100) = 100/101.
        Assert.Equal(1.0 / 101, ProportionalControl.Share(24, 24, 4, out _), 1e-15);
        Assert.Equal(0.5, ProportionalControl.Share(26, 24, 4, out _), 1e-15);
        Assert.Equal(100.0 / 101, ProportionalControl.Share(28, 24, 4, out _), 1e-15);
        Assert.Equal(2 + 8 * 0.5, ProportionalControl.Smoothed(26, 24, 4, 2, 10), 1e-12);
        // A negative band acts in reverse (GreenLight's heating: p = −1): 99 % one band below the set-point.
        Assert.Equal(100.0 / 101, ProportionalControl.Share(17, 18, -1, out _), 1e-15);
        // Slope at mid-band: gain/4 with gain = 2·ln(100)/p.
        ProportionalControl.Share(26, 24, 4, out var slope);
        Assert.Equal(2 * Math.Log(100) / 4 / 4, slope, 1e-15);
    }

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public bool The_slope_matches_a_central_difference_and_the_share_stays_in_0_1(int a, int b)
    {
        var x = 10 + (a & 0xffff) / 65535.0 * 30;
        var p = 0.2 + (b & 0xffff) / 65535.0 * 10;
        var s = ProportionalControl.Share(x, 24, p, out var slope);
        const double h = 1e-5;
        var fd = (ProportionalControl.Share(x + h, 24, p, out _) - ProportionalControl.Share(x - h, 24, p, out _)) / (2 * h);
        return s is >= 0 and <= 1 && slope >= 0 && Math.Abs(slope - fd) <= 1e-6 * (1 + Math.Abs(fd));
    }
}
