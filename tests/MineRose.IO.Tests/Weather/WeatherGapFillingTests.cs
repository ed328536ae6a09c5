using FsCheck.Xunit;
using MineRose.Core;
using MineRose.Core.Weather;
using MineRose.IO.Weather;

namespace MineRose.IO.Tests.Weather;

public class WeatherGapFillingTests
{
    [Fact]
    public void Gap_filling_interpolates_linearly_and_zeroes_night_irradiance()
    {
        var series = WeatherTestData.SyntheticYear(Site.Dakuishan);
        // A 3 h temperature gap between 10 °C and 14 °C becomes 11, 12, 13 °C (straight line in time).
        series.TempAirC[99] = 10;
        series.TempAirC[103] = 14;
        series.TempAirC[100] = series.TempAirC[101] = series.TempAirC[102] = double.NaN;
        // A night-time GHI gap lies between zeros and becomes zero.
        series.GhiWm2[1] = series.GhiWm2[2] = double.NaN;
        var filled = WeatherGapFilling.Fill(series with { MissingValues = 5 });
        Assert.Equal([11.0, 12.0, 13.0], filled.TempAirC[100..103]);
        Assert.Equal(0, filled.GhiWm2[1]);
        Assert.Equal(0, filled.GhiWm2[2]);
        Assert.Equal(5, filled.MissingValues);
        Assert.True(double.IsNaN(series.TempAirC[100])); // the input is left as it was
    }

    [Fact]
    public void Gap_filling_extends_the_nearest_value_at_the_ends()
    {
        var series = WeatherTestData.SyntheticYear(Site.Dakuishan);
        series.WindSpeedMs[0] = series.WindSpeedMs[1] = double.NaN;
        series.WindSpeedMs[^1] = double.NaN;
        var filled = WeatherGapFilling.Fill(series);
        Assert.Equal(series.WindSpeedMs[2], filled.WindSpeedMs[0]);
        Assert.Equal(series.WindSpeedMs[2], filled.WindSpeedMs[1]);
        Assert.Equal(series.WindSpeedMs[^2], filled.WindSpeedMs[^1]);
    }

    [Fact]
    public void Gap_filling_refuses_a_gap_longer_than_six_hours()
    {
        var series = WeatherTestData.SyntheticYear(Site.Dakuishan);
        for (var i = 200; i < 207; i++)
            series.TempAirC[i] = double.NaN;
        var error = Assert.Throws<InvalidInputException>(() => WeatherGapFilling.Fill(series));
        Assert.Equal("temp_air", error.Field);
    }

    [Property(MaxTest = 100)]
    public bool Gap_filling_keeps_valid_values_and_stays_between_the_neighbours(int seed)
    {
        var random = new Random(seed);
        var series = WeatherTestData.SyntheticYear(Site.Dakuishan);
        var original = (double[])series.TempAirC.Clone();
        // Punch up to 200 gaps of 1–6 h at random places.
        for (var g = 0; g < random.Next(0, 200); g++)
        {
            var at = random.Next(0, 8760 - 6);
            var length = random.Next(1, 7);
            if (at > 0 && double.IsNaN(series.TempAirC[at - 1]) || double.IsNaN(series.TempAirC[Math.Min(at + length, 8759)]))
                continue; // keep gaps separate so none grows beyond 6 h
            for (var k = at; k < at + length; k++)
                series.TempAirC[k] = double.NaN;
        }
        var filled = WeatherGapFilling.Fill(series).TempAirC;
        for (var i = 0; i < filled.Length; i++)
        {
            if (double.IsNaN(filled[i]))
                return false;
            if (!double.IsNaN(series.TempAirC[i]) && filled[i] != original[i])
                return false;
        }
        // A filled value lies within the range of the valid values around its gap (interpolation never overshoots).
        for (var i = 1; i < filled.Length - 1; i++)
        {
            if (!double.IsNaN(series.TempAirC[i]))
                continue;
            var left = i;
            while (left > 0 && double.IsNaN(series.TempAirC[left]))
                left--;
            var right = i;
            while (right < filled.Length - 1 && double.IsNaN(series.TempAirC[right]))
                right++;
            var low = Math.Min(filled[left], filled[right]) - 1e-9;
            var high = Math.Max(filled[left], filled[right]) + 1e-9;
            if (filled[i] < low || filled[i] > high)
                return false;
        }
        return true;
    }
}
