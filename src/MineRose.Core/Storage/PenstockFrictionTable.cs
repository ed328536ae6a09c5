using System.Runtime.CompilerServices;

namespace MineRose.Core.Storage;

/// <summary>The penstock's head-loss law tabulated once per plant, so the hourly step costs no logarithm or power.</summary>
/// <remarks>Tabulates the resistance coefficient r(Q) = h(Q)/Q² [s²/m⁵], which varies only through the friction
/// factor, at equal flow steps; h = r·Q² keeps the quadratic law exact and linear interpolation of r stays
/// within 10⁻⁵ of <see cref="Penstock.HeadLossM"/> in turbulent flow. Flows beyond the table are computed directly.</remarks>
internal sealed class PenstockFrictionTable
{
    private readonly Penstock penstock;
    private readonly double[] resistance;
    private readonly double stepM3s;
    private readonly double maximumFlowM3s;

    public PenstockFrictionTable(Penstock penstock, double maximumFlowM3s, int steps = 256)
    {
        this.penstock = penstock;
        this.maximumFlowM3s = maximumFlowM3s;
        stepM3s = maximumFlowM3s / steps;
        resistance = new double[steps + 1];
        for (var i = 1; i <= steps; i++)
        {
            var q = i * stepM3s;
            resistance[i] = penstock.HeadLossM(q) / (q * q);
        }
        // Below the first step the flow is negligible; reuse its coefficient.
        resistance[0] = resistance[1];
    }

    /// <summary>Head loss at a flow [m].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double HeadLossM(double flowM3s)
    {
        var q = Math.Abs(flowM3s);
        if (q >= maximumFlowM3s)
            return penstock.HeadLossM(q);
        var position = q / stepM3s;
        var i = (int)position;
        var t = position - i;
        var r = resistance[i] + t * (resistance[i + 1] - resistance[i]);
        return r * q * q;
    }
}
