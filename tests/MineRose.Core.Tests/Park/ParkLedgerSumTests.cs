using MineRose.Core.Park;
using MineRose.Core.Time;

namespace MineRose.Core.Tests.Park;

/// <summary>The ledger's energy sum (interleaved partial sums) against a plain left-to-right sum written out here.</summary>
public class ParkLedgerSumTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(23)]
    [InlineData(8760)]
    [InlineData(35_040)]
    public void The_energy_of_a_column_is_its_sum_times_the_step_to_round_off(int count)
    {
        var grid = new TimeGrid(new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc), TimeSpan.FromMinutes(count > 10_000 ? 15 : 60), count);
        var ledger = new ParkLedger(grid);
        var random = new Random(count);
        var values = new double[count];
        for (int i = 0; i < count; i++)
            values[i] = (random.NextDouble() - 0.3) * 12_000;
        double plain = 0, magnitude = 0;
        foreach (var v in values)
        {
            plain += v;
            magnitude += Math.Abs(v);
        }
        Assert.Equal(plain * grid.StepHours, ledger.EnergyKwh(values), 1e-13 * magnitude + 1e-300);
        // Whole numbers below 2^53 add exactly in any order: the sum must then be exact.
        var whole = values.Select(v => Math.Round(v)).ToArray();
        Assert.Equal(whole.Sum() * grid.StepHours, ledger.EnergyKwh(whole));
    }
}
