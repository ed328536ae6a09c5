using System.Globalization;

namespace MineRose.Core.Grid;

/// <summary>The park's connection to the public grid: how much it may import and export.</summary>
/// <remarks>
/// A request R (net import, negative to export) is clipped: import = min(R, P_imp,max) for R ≥ 0, the rest unserved;
/// export = min(−R, P_exp,max) for R &lt; 0, the rest curtailed.
/// </remarks>
public sealed record GridConnection
{
    /// <summary>Largest import, P_imp,max [kW]; ≥ 0.</summary>
    public required double ImportLimitKw { get; init; }

    /// <summary>Largest export, P_exp,max [kW]; ≥ 0 (0 for a connection that may not feed in).</summary>
    public required double ExportLimitKw { get; init; }

    /// <summary>Checks the fields and returns this connection.</summary>
    /// <returns>This instance, unchanged.</returns>
    public GridConnection Validated()
    {
        Guard.NonNegative(ImportLimitKw, "GridConnection.ImportLimitKw");
        Guard.NonNegative(ExportLimitKw, "GridConnection.ExportLimitKw");
        return this;
    }

    /// <summary>Clips one interval's requested exchange to the limits.</summary>
    /// <param name="requestedNetImportKw">Net import asked for, positive to import, negative to export [kW].</param>
    /// <returns>The exchange delivered and the unserved or curtailed rest.</returns>
    public GridExchange Exchange(double requestedNetImportKw)
    {
        Guard.Finite(requestedNetImportKw, nameof(requestedNetImportKw));
        if (requestedNetImportKw >= 0.0)
        {
            double importKw = Math.Min(requestedNetImportKw, ImportLimitKw);
            return new GridExchange { RequestedNetImportKw = requestedNetImportKw, ImportKw = importKw, UnservedKw = requestedNetImportKw - importKw };
        }

        double offeredKw = -requestedNetImportKw;
        double exportKw = Math.Min(offeredKw, ExportLimitKw);
        return new GridExchange { RequestedNetImportKw = requestedNetImportKw, ExportKw = exportKw, CurtailedKw = offeredKw - exportKw };
    }

    /// <summary>Clips a series of requested exchanges to the limits, writing each part to its own series.</summary>
    /// <param name="requestedNetImportKw">Net import asked for in each interval, positive to import, negative to export [kW].</param>
    /// <param name="importKw">Filled with the import delivered [kW].</param>
    /// <param name="exportKw">Filled with the export delivered [kW].</param>
    /// <param name="unservedKw">Filled with the import asked for beyond the limit [kW].</param>
    /// <param name="curtailedKw">Filled with the export offered beyond the limit [kW].</param>
    public void Clip(ReadOnlySpan<double> requestedNetImportKw, Span<double> importKw, Span<double> exportKw, Span<double> unservedKw, Span<double> curtailedKw)
    {
        int n = requestedNetImportKw.Length;
        if (importKw.Length != n || exportKw.Length != n || unservedKw.Length != n || curtailedKw.Length != n)
        {
            throw new InvalidInputException(
                "GridConnection.Clip output lengths",
                string.Create(CultureInfo.InvariantCulture, $"{importKw.Length}, {exportKw.Length}, {unservedKw.Length}, {curtailedKw.Length}"),
                string.Create(CultureInfo.InvariantCulture, $"{n} each, like the request"));
        }

        for (int i = 0; i < n; i++)
        {
            var exchange = Exchange(requestedNetImportKw[i]);
            importKw[i] = exchange.ImportKw;
            exportKw[i] = exchange.ExportKw;
            unservedKw[i] = exchange.UnservedKw;
            curtailedKw[i] = exchange.CurtailedKw;
        }
    }
}
