using MineRose.Core.Crops;
using MineRose.Core.Grid;
using MineRose.Core.Park;

namespace MineRose.Optimization.Sensitivity;

/// <summary>A park design with one price or cost changed, and what that change reaches.</summary>
public static class SensitivityPerturbation
{
    /// <summary>True when the parameter enters the simulator, so the cases must be simulated again: import and export prices
    /// (the simulator writes the prices into the ledger and bills the year; a price-driven dispatch would also change). Every
    /// other parameter only enters <see cref="ParkEvaluation"/>, which is run again on the base year's ledger.</summary>
    /// <param name="parameter">The parameter.</param>
    public static bool ReachesSimulator(SensitivityParameter parameter) =>
        parameter is SensitivityParameter.ImportPrice or SensitivityParameter.ExportPrice;

    /// <summary>The design with the parameter multiplied by <paramref name="factor"/>.</summary>
    /// <param name="design">The park.</param>
    /// <param name="parameter">The parameter moved.</param>
    /// <param name="factor">Multiplier [—]; ≥ 0 (the discount rate is kept within its allowed range by its own check).</param>
    public static ParkDesign Scaled(ParkDesign design, SensitivityParameter parameter, double factor)
    {
        ArgumentNullException.ThrowIfNull(design);
        Core.Guard.NonNegative(factor, "sensitivity factor");
        var e = design.Economics;
        return parameter switch
        {
            SensitivityParameter.ImportPrice => design with
            {
                Tariff = design.Tariff with { Import = ScaledEnergyTariff.Of(design.Tariff.Import, factor) },
            },
            SensitivityParameter.ExportPrice => design with { Tariff = design.Tariff with { Export = ScaledExport(design.Tariff.Export, factor) } },
            SensitivityParameter.RosePrice => design with
            {
                Economics = e with { RoseGrades = new RoseGradeSplit([.. e.RoseGrades.Grades.Select(g => g with { PriceCnyPerStem = g.PriceCnyPerStem * factor })]) },
            },
            SensitivityParameter.PvCapex => design with { Economics = e with { PvCapexCnyPerKw = e.PvCapexCnyPerKw * factor } },
            SensitivityParameter.StorageCapex => design with
            {
                Economics = e with
                {
                    PumpedHydroCapexCnyPerKw = e.PumpedHydroCapexCnyPerKw * factor, BatteryCapexCnyPerKwh = e.BatteryCapexCnyPerKwh * factor,
                },
            },
            SensitivityParameter.HeatPumpCapex => design with { Economics = e with { HeatPumpCapexCnyPerKw = e.HeatPumpCapexCnyPerKw * factor } },
            SensitivityParameter.GreenhouseCapex => design with { Economics = e with { GreenhouseCapexCnyPerM2 = e.GreenhouseCapexCnyPerM2 * factor } },
            SensitivityParameter.LabourCost => design with
            {
                People = design.People with { AverageWageCnyPerYear = design.People.AverageWageCnyPerYear * factor },
            },
            SensitivityParameter.DiscountRate => design with
            {
                Economics = e with { DiscountRate = (e.DiscountRate with { RatePerYear = e.DiscountRate.RatePerYear * factor }).Validated() },
            },
            SensitivityParameter.CarbonPrice => WithCarbonPrice(design, e.CarbonPriceCnyPerTonne * factor),
            _ => throw new ArgumentOutOfRangeException(nameof(parameter), parameter, "unknown sensitivity parameter"),
        };
    }

    /// <summary>The design with its carbon price set to <paramref name="cnyPerTonne"/>.</summary>
    /// <param name="design">The park.</param>
    /// <param name="cnyPerTonne">Carbon price [CNY/t CO₂]; ≥ 0.</param>
    public static ParkDesign WithCarbonPrice(ParkDesign design, double cnyPerTonne)
    {
        ArgumentNullException.ThrowIfNull(design);
        Core.Guard.NonNegative(cnyPerTonne, "carbon_price_cny_per_tonne");
        return design with { Economics = design.Economics with { CarbonPriceCnyPerTonne = cnyPerTonne } };
    }

    /// <summary>The parameter's headline value in a simulated year, its label and unit: a mean over the year's intervals for
    /// import and export prices, the share-weighted mean for rose grades, 1 (× base) for storage capex (two unit costs).</summary>
    /// <param name="year">A simulated year of the design.</param>
    /// <param name="parameter">The parameter.</param>
    public static (double Value, string Label, string Unit) Headline(ParkYear year, SensitivityParameter parameter)
    {
        ArgumentNullException.ThrowIfNull(year);
        var d = year.Design;
        var e = d.Economics;
        return parameter switch
        {
            SensitivityParameter.ImportPrice => (year.Ledger.ImportPriceCnyPerKwh.Average(), "Import price (mean)", "CNY/kWh"),
            SensitivityParameter.ExportPrice => (year.Ledger.ExportPriceCnyPerKwh.Average(), "Export price (mean)", "CNY/kWh"),
            SensitivityParameter.RosePrice => (e.RoseGrades.MeanPriceCnyPerStem, "Rose price (mean of grades)", "CNY/stem"),
            SensitivityParameter.PvCapex => (e.PvCapexCnyPerKw, "PV capex", "CNY/kWp"),
            SensitivityParameter.StorageCapex => (1, "Storage capex (hydro and battery)", "× base"),
            SensitivityParameter.HeatPumpCapex => (e.HeatPumpCapexCnyPerKw, "Heat-pump capex", "CNY/kW"),
            SensitivityParameter.GreenhouseCapex => (e.GreenhouseCapexCnyPerM2, "Greenhouse capex", "CNY/m²"),
            SensitivityParameter.LabourCost => (d.People.AverageWageCnyPerYear, "Labour cost", "CNY/yr per worker"),
            SensitivityParameter.DiscountRate => (e.DiscountRate.RatePerYear, "Discount rate", "1/yr"),
            SensitivityParameter.CarbonPrice => (e.CarbonPriceCnyPerTonne, "CO₂ price", "CNY/t"),
            _ => throw new ArgumentOutOfRangeException(nameof(parameter), parameter, "unknown sensitivity parameter"),
        };
    }

    private static ExportPrice ScaledExport(ExportPrice price, double factor) =>
        price.SeriesGrid is { } grid
            ? ExportPrice.Series(grid, [.. price.SeriesCnyPerKwh.ToArray().Select(p => p * factor)], price.Name + " × " + factor.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture))
            : ExportPrice.Flat(price.FlatCnyPerKwh * factor, price.Name + " × " + factor.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture));
}
