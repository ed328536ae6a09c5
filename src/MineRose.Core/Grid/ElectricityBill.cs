namespace MineRose.Core.Grid;

/// <summary>A bill for a time grid, each part separately: energy by period, surcharges, monthly demand and capacity charges, export revenue and the net.</summary>
/// <remarks>
/// Cost of imports = energy + surcharges + demand + capacity; net = cost of imports − export revenue. The totals are
/// computed from the parts, so they always agree.
/// </remarks>
public sealed record ElectricityBill
{
    /// <summary>Energy imported in each period [kWh].</summary>
    public required TariffPeriodValues ImportKwhByPeriod { get; init; }

    /// <summary>Energy cost of the imports of each period, surcharges excluded [CNY].</summary>
    public required TariffPeriodValues EnergyCostCnyByPeriod { get; init; }

    /// <summary>Each surcharge's cost on the imported energy [CNY].</summary>
    public required IReadOnlyList<SurchargeCost> Surcharges { get; init; }

    /// <summary>Demand and capacity charges by calendar month; empty when the tariff has neither.</summary>
    public required IReadOnlyList<MonthlyGridCharge> Months { get; init; }

    /// <summary>Energy exported [kWh].</summary>
    public required double ExportKwh { get; init; }

    /// <summary>Revenue from the exports [CNY]; negative if export prices were negative.</summary>
    public required double ExportRevenueCny { get; init; }

    /// <summary>Energy imported [kWh].</summary>
    public double ImportKwh => ImportKwhByPeriod.Total;

    /// <summary>Energy cost of all imports, surcharges excluded [CNY].</summary>
    public double EnergyCostCny => EnergyCostCnyByPeriod.Total;

    /// <summary>All surcharges [CNY].</summary>
    public double SurchargeCostCny => Surcharges.Sum(s => s.CostCny);

    /// <summary>All demand charges [CNY].</summary>
    public double DemandChargeCny => Months.Sum(m => m.DemandChargeCny);

    /// <summary>All capacity charges [CNY].</summary>
    public double CapacityChargeCny => Months.Sum(m => m.CapacityChargeCny);

    /// <summary>What the imports cost: energy + surcharges + demand + capacity [CNY].</summary>
    public double ImportCostCny => EnergyCostCny + SurchargeCostCny + DemandChargeCny + CapacityChargeCny;

    /// <summary>Net cost: import cost − export revenue [CNY].</summary>
    public double NetCostCny => ImportCostCny - ExportRevenueCny;
}
