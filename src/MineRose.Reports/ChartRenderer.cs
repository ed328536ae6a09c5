using System.Globalization;
using MineRose.Core.Economics;
using MineRose.Core.Park;
using ScottPlot;

namespace MineRose.Reports;

/// <summary>The report's charts, one method per chart, each rendered to a PNG with a title and units on its axes.</summary>
/// <remarks>Charts are drawn with ScottPlot 5 on SkiaSharp. Data series are built once per chart; hourly-year series are
/// drawn as signals (evenly spaced samples), which render in milliseconds.</remarks>
public static class ChartRenderer
{
    /// <summary>Default chart width [px].</summary>
    public const int WidthPx = 960;

    /// <summary>Default chart height [px].</summary>
    public const int HeightPx = 420;

    private static readonly Color PvColor = Color.FromHex("#E8A317");
    private static readonly Color LoadColor = Color.FromHex("#4A4A4A");
    private static readonly Color ImportColor = Color.FromHex("#C0392B");
    private static readonly Color ExportColor = Color.FromHex("#27AE60");
    private static readonly Color ChargeColor = Color.FromHex("#2E86C1");
    private static readonly Color DischargeColor = Color.FromHex("#8E44AD");

    /// <summary>Grouped monthly bars of PV, load, import, export and storage charge and discharge [MWh].</summary>
    /// <param name="monthly">Monthly totals.</param>
    public static byte[] MonthlyEnergyBars(MonthlyEnergy monthly)
    {
        ArgumentNullException.ThrowIfNull(monthly);
        var plot = new Plot();
        (string Name, double[] Values, Color Color)[] series =
        [
            ("PV (AC)", monthly.PvAcMwh, PvColor), ("Load", monthly.LoadMwh, LoadColor),
            ("Grid import", monthly.GridImportMwh, ImportColor), ("Grid export", monthly.GridExportMwh, ExportColor),
            ("Storage charge", monthly.StorageChargeMwh, ChargeColor), ("Storage discharge", monthly.StorageDischargeMwh, DischargeColor),
        ];
        const double groupWidth = 0.84;
        double barWidth = groupWidth / series.Length;
        var bars = new List<Bar>(series.Length * monthly.Months.Count);
        for (int s = 0; s < series.Length; s++)
        {
            for (int m = 0; m < monthly.Months.Count; m++)
            {
                bars.Add(new Bar
                {
                    Position = m - groupWidth / 2 + (s + 0.5) * barWidth,
                    Value = series[s].Values[m],
                    Size = barWidth,
                    FillColor = series[s].Color,
                    LineWidth = 0,
                });
            }

            plot.Legend.ManualItems.Add(new LegendItem { LabelText = series[s].Name, FillColor = series[s].Color });
        }

        plot.Add.Bars(bars);
        var positions = new double[monthly.Months.Count];
        var labels = new string[monthly.Months.Count];
        for (int m = 0; m < labels.Length; m++)
        {
            positions[m] = m;
            labels[m] = monthly.Months[m].ToString("MMM yyyy", CultureInfo.InvariantCulture);
        }

        plot.Axes.Bottom.SetTicks(positions, labels);
        plot.Axes.Margins(bottom: 0);
        plot.Title("Monthly electric energy");
        plot.XLabel("Local month");
        plot.YLabel("Energy [MWh]");
        plot.ShowLegend(Alignment.UpperRight);
        return Png(plot);
    }

    /// <summary>Power flows over a window of the ledger: sources stacked above zero (PV, storage discharge, import) and uses
    /// stacked below (load, storage charge, export, curtailment) [kW].</summary>
    /// <param name="ledger">The park's ledger.</param>
    /// <param name="window">The intervals to draw.</param>
    /// <param name="utcOffsetHours">Offset of local standard time from UTC [h].</param>
    /// <param name="title">Chart title.</param>
    public static byte[] PowerWeek(ParkLedger ledger, WeekWindow window, double utcOffsetHours, string title)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(window);
        int n = window.Count;
        // Each layer's edge points sit at interval starts and ends so a constant interval average draws as a flat step.
        var xs = new double[2 * n];
        for (int k = 0; k < n; k++)
        {
            int i = window.StartIndex + k;
            xs[2 * k] = LocalCalendar.StartLocal(ledger.Grid, i, utcOffsetHours).ToOADate();
            xs[2 * k + 1] = LocalCalendar.StartLocal(ledger.Grid, i + 1, utcOffsetHours).ToOADate();
        }

        var plot = new Plot();
        var sourceBase = new double[2 * n];
        AddLayer(plot, ledger, window, xs, sourceBase, +1, "PV (AC)", PvColor, static (l, i) => l.PvAcKw[i]);
        AddLayer(plot, ledger, window, xs, sourceBase, +1, "Storage discharge", DischargeColor, static (l, i) => l.BatteryDischargeKw[i] + l.PumpedHydroGenerateKw[i]);
        AddLayer(plot, ledger, window, xs, sourceBase, +1, "Grid import", ImportColor, static (l, i) => l.GridImportKw[i] + l.UnservedElectricKw[i]);
        var useBase = new double[2 * n];
        AddLayer(plot, ledger, window, xs, useBase, -1, "Load", LoadColor, static (l, i) => l.LoadKw(i));
        AddLayer(plot, ledger, window, xs, useBase, -1, "Storage charge", ChargeColor, static (l, i) => l.BatteryChargeKw[i] + l.PumpedHydroPumpKw[i]);
        AddLayer(plot, ledger, window, xs, useBase, -1, "Grid export", ExportColor, static (l, i) => l.GridExportKw[i]);
        AddLayer(plot, ledger, window, xs, useBase, -1, "Curtailed", Color.FromHex("#BDBDBD"), static (l, i) => l.CurtailedKw[i]);
        plot.Add.HorizontalLine(0, 1, Colors.Black);
        plot.Axes.DateTimeTicksBottom();
        plot.Title(title);
        plot.XLabel(string.Create(CultureInfo.InvariantCulture, $"Local standard time (UTC{utcOffsetHours:+0.##;-0.##})"));
        plot.YLabel("Power [kW]: sources (+), uses (−)");
        plot.ShowLegend(Edge.Right);
        return Png(plot);
    }

    /// <summary>Battery state of charge [%] and upper-reservoir volume [m³] over the ledger's period.</summary>
    /// <param name="ledger">The park's ledger.</param>
    /// <param name="utcOffsetHours">Offset of local standard time from UTC [h].</param>
    /// <param name="hasBattery">Whether to draw the battery's state of charge.</param>
    /// <param name="hasPumpedHydro">Whether to draw the upper reservoir's volume.</param>
    public static byte[] StorageLevel(ParkLedger ledger, double utcOffsetHours, bool hasBattery, bool hasPumpedHydro)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var grid = ledger.Grid;
        // Levels are at the end of each interval.
        double x0 = LocalCalendar.StartLocal(grid, 1, utcOffsetHours).ToOADate();
        double period = grid.StepHours / 24.0;
        var plot = new Plot();
        if (hasBattery)
        {
            var socPercent = new double[grid.Count];
            for (int i = 0; i < socPercent.Length; i++)
                socPercent[i] = 100.0 * ledger.BatteryStateOfCharge[i];
            var soc = plot.Add.Signal(socPercent, period, ChargeColor);
            soc.Data.XOffset = x0;
            soc.LegendText = "Battery state of charge [%]";
            plot.YLabel("Battery state of charge [%]");
        }

        if (hasPumpedHydro)
        {
            var volume = plot.Add.Signal(ledger.UpperReservoirVolumeM3, period, DischargeColor);
            volume.Data.XOffset = x0;
            volume.LegendText = "Upper reservoir volume [m³]";
            if (hasBattery)
            {
                volume.Axes.YAxis = plot.Axes.Right;
                plot.Axes.Right.Label.Text = "Upper reservoir volume [m³]";
            }
            else
            {
                plot.YLabel("Upper reservoir volume [m³]");
            }
        }

        plot.Axes.DateTimeTicksBottom();
        plot.Title("Storage level");
        plot.XLabel("Local standard time");
        plot.ShowLegend(Alignment.UpperRight);
        return Png(plot);
    }

    /// <summary>Daily mean and maximum greenhouse air temperature [°C] with daily mean heating and cooling demand [kW] on
    /// the right axis.</summary>
    /// <param name="temperatureC">Daily statistics of the greenhouse air temperature [°C].</param>
    /// <param name="heatingKw">Daily statistics of the heating demand [kW].</param>
    /// <param name="coolingKw">Daily statistics of the cooling demand [kW].</param>
    public static byte[] GreenhouseClimate(DailyStatistics temperatureC, DailyStatistics heatingKw, DailyStatistics coolingKw)
    {
        ArgumentNullException.ThrowIfNull(temperatureC);
        ArgumentNullException.ThrowIfNull(heatingKw);
        ArgumentNullException.ThrowIfNull(coolingKw);
        var xs = new double[temperatureC.Days.Count];
        for (int d = 0; d < xs.Length; d++)
            xs[d] = temperatureC.Days[d].ToDateTime(new TimeOnly(12, 0)).ToOADate();
        var plot = new Plot();
        var heat = plot.Add.ScatterLine(xs, heatingKw.Mean, ImportColor);
        heat.LegendText = "Heating demand, daily mean [kW]";
        heat.Axes.YAxis = plot.Axes.Right;
        var cool = plot.Add.ScatterLine(xs, coolingKw.Mean, ChargeColor);
        cool.LegendText = "Cooling demand, daily mean [kW]";
        cool.Axes.YAxis = plot.Axes.Right;
        var mean = plot.Add.ScatterLine(xs, temperatureC.Mean, LoadColor);
        mean.LegendText = "Air temperature, daily mean [°C]";
        mean.LineWidth = 2;
        var max = plot.Add.ScatterLine(xs, temperatureC.Max, PvColor);
        max.LegendText = "Air temperature, daily max [°C]";
        plot.Axes.Right.Label.Text = "Heat demand [kW]";
        plot.Axes.DateTimeTicksBottom();
        plot.Title("Greenhouse air temperature and heat demand");
        plot.XLabel("Local day");
        plot.YLabel("Temperature [°C]");
        plot.ShowLegend(Edge.Bottom);
        return Png(plot);
    }

    /// <summary>Annual net cash flow as bars and the cumulative discounted net cash flow as a line, over the project life [M CNY].</summary>
    /// <param name="cashFlow">The project's cash-flow table.</param>
    public static byte[] CashFlow(CashFlowTable cashFlow)
    {
        ArgumentNullException.ThrowIfNull(cashFlow);
        int n = cashFlow.Years.Count;
        var years = new double[n];
        var cumulative = new double[n];
        var bars = new List<Bar>(n);
        for (int t = 0; t < n; t++)
        {
            var row = cashFlow.Years[t];
            years[t] = row.Year;
            cumulative[t] = row.CumulativeDiscountedNetCny / 1e6;
            bars.Add(new Bar
            {
                Position = row.Year,
                Value = row.NetCny / 1e6,
                Size = 0.7,
                FillColor = row.NetCny >= 0 ? ExportColor : ImportColor,
                LineWidth = 0,
            });
        }

        var plot = new Plot();
        plot.Add.Bars(bars);
        var line = plot.Add.Scatter(years, cumulative, LoadColor);
        line.LineWidth = 2;
        plot.Add.HorizontalLine(0, 1, Colors.Black);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Net cash flow, positive [M CNY]", FillColor = ExportColor });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Net cash flow, negative [M CNY]", FillColor = ImportColor });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "Cumulative discounted net [M CNY]", LineColor = LoadColor, LineWidth = 2 });
        plot.Title(string.Create(CultureInfo.InvariantCulture,
            $"Cash flow over the project life (discount rate {cashFlow.Spec.DiscountRate.RatePerYear:0.0##%}, {cashFlow.Spec.DiscountRate.Basis.ToString().ToLowerInvariant()})"));
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.XLabel("Project year [yr]");
        plot.YLabel("Cash flow [M CNY]");
        plot.ShowLegend(Alignment.LowerRight);
        return Png(plot);
    }

    /// <summary>Renders a plot to PNG bytes.</summary>
    /// <param name="plot">The plot.</param>
    /// <param name="widthPx">Width [px].</param>
    /// <param name="heightPx">Height [px].</param>
    public static byte[] Png(Plot plot, int widthPx = WidthPx, int heightPx = HeightPx)
    {
        ArgumentNullException.ThrowIfNull(plot);
        return plot.GetImageBytes(widthPx, heightPx, ImageFormat.Png);
    }

    private static void AddLayer(
        Plot plot, ParkLedger ledger, WeekWindow window, double[] xs, double[] baseline, int sign, string name, Color color,
        Func<ParkLedger, int, double> flowKw)
    {
        int n = window.Count;
        var lower = new double[2 * n];
        var upper = new double[2 * n];
        bool any = false;
        for (int k = 0; k < n; k++)
        {
            double p = sign * Math.Max(0.0, flowKw(ledger, window.StartIndex + k));
            any |= p != 0.0;
            for (int e = 2 * k; e <= 2 * k + 1; e++)
            {
                lower[e] = baseline[e];
                upper[e] = baseline[e] + p;
                baseline[e] = upper[e];
            }
        }

        // Empty layers stay out of the chart and its legend.
        if (!any)
            return;
        var fill = plot.Add.FillY(xs, lower, upper);
        fill.FillColor = color.WithAlpha(0.85);
        fill.LineWidth = 0;
        fill.LegendText = name;
    }
}
