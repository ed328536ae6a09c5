using System.Globalization;
using MineRose.Optimization.Sensitivity;
using MineRose.Reports;
using Spectre.Console;

namespace MineRose.Cli.Commands;

/// <summary>A tornado analysis as the report's sensitivity section and as a terminal table.</summary>
internal static class SensitivityReport
{
    /// <summary>The report's input for the tornado.</summary>
    public static ReportTornado ToReport(TornadoResult tornado)
    {
        ArgumentNullException.ThrowIfNull(tornado);
        var rows = tornado.Bars.Select(b => new ReportTornadoRow(b.Label, Value(b.LowValue, b.Unit), Value(b.HighValue, b.Unit), b.NpvLowCny, b.NpvHighCny,
            b.Resimulated ? "simulated again" : "economics re-evaluated on the base ledger")).ToArray();
        return new ReportTornado(
            string.Create(CultureInfo.InvariantCulture, $"NPV sensitivity, one parameter at a time, ±{tornado.RelativeChange:0.#%}"),
            "NPV [M CNY]", tornado.BaseNpvCny, rows,
            [
                "Each bar moves one price or cost with every other at its base value [243]; interactions are not shown.",
                "A carbon price of 0 is moved from 0 to the 2024 average price of China's national ETS instead of ±Δ.",
            ]);
    }

    /// <summary>Prints the tornado as a table, largest swing first.</summary>
    public static void Render(TornadoResult tornado)
    {
        ArgumentNullException.ThrowIfNull(tornado);
        AnsiConsole.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"NPV sensitivity (±{tornado.RelativeChange:0.#%}): base NPV {tornado.BaseNpvCny / 1e6:0.00} M CNY, base annual profit {tornado.BaseProfitCny / 1e6:0.00} M CNY")));
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumns(new[] { "parameter", "low", "high", "NPV low [M CNY]", "NPV high [M CNY]", "swing [M CNY]", "profit swing [M CNY]" }.Select(Markup.Escape).ToArray());
        foreach (var b in tornado.Bars)
        {
            table.AddRow(Markup.Escape(b.Label), Markup.Escape(Value(b.LowValue, b.Unit)), Markup.Escape(Value(b.HighValue, b.Unit)), M(b.NpvLowCny), M(b.NpvHighCny),
                M(b.NpvSwingCny), M(b.ProfitSwingCny));
        }

        AnsiConsole.Write(table);
    }

    private static string M(double cny) => (cny / 1e6).ToString("0.00", CultureInfo.InvariantCulture);

    private static string Value(double value, string unit) => value.ToString(Math.Abs(value) >= 100 ? "#,0" : "0.####", CultureInfo.InvariantCulture) + " " + unit;
}
