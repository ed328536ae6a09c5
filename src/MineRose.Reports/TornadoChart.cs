using System.Globalization;
using ScottPlot;

namespace MineRose.Reports;

/// <summary>A tornado chart: one horizontal bar per parameter from the base value to the low and the high case, the
/// largest swing on top [243].</summary>
public static class TornadoChart
{
    private static readonly Color LowColor = Color.FromHex("#2E86C1");
    private static readonly Color HighColor = Color.FromHex("#E8A317");

    /// <summary>Renders the tornado to a PNG [M CNY on the horizontal axis].</summary>
    /// <param name="tornado">The tornado, rows in drawing order (top first).</param>
    public static byte[] Png(ReportTornado tornado)
    {
        ArgumentNullException.ThrowIfNull(tornado);
        int n = tornado.Rows.Count;
        double baseM = tornado.BaseCny / 1e6;
        var bars = new List<Bar>(2 * n);
        var positions = new double[n];
        var labels = new string[n];
        for (int i = 0; i < n; i++)
        {
            var row = tornado.Rows[i];
            double y = n - 1 - i;
            positions[i] = y;
            labels[i] = string.Create(CultureInfo.InvariantCulture, $"{row.Label} ({row.LowCaption} / {row.HighCaption})");
            bars.Add(new Bar { Position = y, ValueBase = baseM, Value = row.LowCaseCny / 1e6, Size = 0.6, FillColor = LowColor, LineWidth = 0 });
            bars.Add(new Bar { Position = y, ValueBase = baseM, Value = row.HighCaseCny / 1e6, Size = 0.6, FillColor = HighColor, LineWidth = 0 });
        }

        var plot = new Plot();
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        plot.Add.VerticalLine(baseM, 1, Colors.Black);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, labels);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Low case", FillColor = LowColor });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "High case", FillColor = HighColor });
        plot.ShowLegend(Alignment.LowerRight);
        plot.Title(tornado.Title);
        plot.XLabel(tornado.Measure);
        return ChartRenderer.Png(plot, ChartRenderer.WidthPx, Math.Max(ChartRenderer.HeightPx, 80 + 34 * n));
    }
}
