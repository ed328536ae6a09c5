namespace MineRose.Core.Grid;

/// <summary>One interval's exchange with the grid after the connection limits: what flows, and what could not.</summary>
/// <remarks>Balance: requested net import = <see cref="ImportKw"/> − <see cref="ExportKw"/> + <see cref="UnservedKw"/> − <see cref="CurtailedKw"/>.</remarks>
public readonly record struct GridExchange
{
    /// <summary>Net import asked for, positive to import, negative to export [kW].</summary>
    public double RequestedNetImportKw { get; init; }

    /// <summary>Import delivered, within the import limit [kW].</summary>
    public double ImportKw { get; init; }

    /// <summary>Export delivered, within the export limit [kW].</summary>
    public double ExportKw { get; init; }

    /// <summary>Import asked for beyond the import limit: load left unserved unless the park covers it [kW].</summary>
    public double UnservedKw { get; init; }

    /// <summary>Export offered beyond the export limit: generation to curtail unless the park stores it [kW].</summary>
    public double CurtailedKw { get; init; }

    /// <summary>Net import delivered, <see cref="ImportKw"/> − <see cref="ExportKw"/> [kW].</summary>
    public double NetImportKw => ImportKw - ExportKw;
}
