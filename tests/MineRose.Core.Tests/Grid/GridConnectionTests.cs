using FsCheck.Xunit;
using MineRose.Core.Grid;

namespace MineRose.Core.Tests.Grid;

public class GridConnectionTests
{
    private static readonly GridConnection Connection = new GridConnection { ImportLimitKw = 1000.0, ExportLimitKw = 500.0 }.Validated();

    [Theory]
    // requested, import, export, unserved, curtailed — by hand from the 1000 kW / 500 kW limits.
    [InlineData(300.0, 300.0, 0.0, 0.0, 0.0)]
    [InlineData(1200.0, 1000.0, 0.0, 200.0, 0.0)]
    [InlineData(-200.0, 0.0, 200.0, 0.0, 0.0)]
    [InlineData(-800.0, 0.0, 500.0, 0.0, 300.0)]
    [InlineData(0.0, 0.0, 0.0, 0.0, 0.0)]
    public void An_exchange_is_clipped_to_the_limits_and_the_rest_reported(double requested, double imp, double exp, double unserved, double curtailed)
    {
        var x = Connection.Exchange(requested);
        Assert.Equal((imp, exp, unserved, curtailed), (x.ImportKw, x.ExportKw, x.UnservedKw, x.CurtailedKw));
        Assert.Equal(requested, x.RequestedNetImportKw);
    }

    [Fact]
    public void Clipping_a_series_fills_each_part()
    {
        double[] requested = [1200.0, -800.0, 50.0];
        double[] imp = new double[3], exp = new double[3], unserved = new double[3], curtailed = new double[3];
        Connection.Clip(requested, imp, exp, unserved, curtailed);
        Assert.Equal([1000.0, 0.0, 50.0], imp);
        Assert.Equal([0.0, 500.0, 0.0], exp);
        Assert.Equal([200.0, 0.0, 0.0], unserved);
        Assert.Equal([0.0, 300.0, 0.0], curtailed);
    }

    [Fact]
    public void A_negative_limit_is_refused_naming_the_field()
    {
        var ex = Assert.Throws<InvalidInputException>(() => new GridConnection { ImportLimitKw = 1000.0, ExportLimitKw = -1.0 }.Validated());
        Assert.Equal("GridConnection.ExportLimitKw", ex.Field);
        Assert.Throws<InvalidInputException>(() => Connection.Exchange(double.NaN));
    }

    [Property(MaxTest = 500)]
    public bool Every_exchange_balances_and_stays_within_the_limits(int request, int importLimit, int exportLimit)
    {
        var c = new GridConnection { ImportLimitKw = (uint)importLimit % 5000u, ExportLimitKw = (uint)exportLimit % 5000u }.Validated();
        double requested = request % 10_000 / 1.5;
        var x = c.Exchange(requested);
        return Math.Abs(x.ImportKw - x.ExportKw + x.UnservedKw - x.CurtailedKw - requested) < 1e-9
            && x.ImportKw >= 0 && x.ImportKw <= c.ImportLimitKw
            && x.ExportKw >= 0 && x.ExportKw <= c.ExportLimitKw
            && x.UnservedKw >= 0 && x.CurtailedKw >= 0
            && (x.ImportKw == 0 || x.ExportKw == 0);
    }
}
