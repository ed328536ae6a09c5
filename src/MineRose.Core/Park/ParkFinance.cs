using MineRose.Core.Carbon;
using MineRose.Core.Economics;

namespace MineRose.Core.Park;

/// <summary>Turns a simulated park year into money: the <see cref="FinanceSpec"/> of the project, the PV LCOE and the storage LCOS [160], [163], [165], [191].</summary>
/// <remarks>
/// <para>Components (year 0, unit cost × quantity, fixed O&amp;M as a share of capex, replaced at the end of their life):
/// PV [kWp], shaft pumped hydro [kW], battery [kWh], heat pumps [kW of heating], greenhouses [m²] (their own O&amp;M share),
/// outdoor fields [m²] and land restoration [lump sum] (both lasting the project life, no O&amp;M).</para>
/// <para>Revenues of year 1, escalated by their price index: roses fresh-cut by grade, rose products and agritourism
/// (<see cref="RoseValueChain"/>), outdoor flowers, electricity exports, electricity savings (baseline bill − actual
/// import cost), carbon credits (net avoided CO₂ × carbon price, when a price is set). Operating costs: the baseline
/// bill (what all the park's loads would cost from the grid; with the savings line this nets to the actual import cost),
/// labour (jobs × wage), crop inputs, backup-boiler fuel, rose processing and tourism costs; component O&amp;M is added by
/// the table. A negative saving or export revenue is booked as a cost.</para>
/// <para>Exports and savings come from PV and storage: they follow the PV's linear degradation, quantity factor
/// 1 − d·(t − 1) with d the capacity-weighted rate of the PV fields [55].</para>
/// <para>Several simulated years (<see cref="ParkSimulator.SimulateYears"/>): every line takes each simulated year's own
/// amount (quantity factor q(t) = a_t / a_1, prices escalated by the table as before); after the last simulated year S the
/// lines repeat year S, those that follow the PV also with its degradation trend, q(t) = q(S)·(1 − d·(t − 1))/(1 − d·(S − 1)).</para>
/// </remarks>
public static class ParkFinance
{
    /// <summary>Revenue line name of electricity exports.</summary>
    public const string ExportsLine = "Electricity exports";

    /// <summary>Revenue line name of the electricity savings against the baseline bill.</summary>
    public const string SavingsLine = "Electricity savings vs baseline bill";

    /// <summary>Operating-cost line name of the baseline bill.</summary>
    public const string BaselineBillLine = "Electricity, baseline bill (all loads from the grid)";

    /// <summary>Operating-cost line name of labour.</summary>
    public const string LabourLine = "Labour";

    /// <summary>The rose value chain of the year: stems, grades and prices, processing and tourism from the design's economics.</summary>
    /// <param name="year">The simulated year.</param>
    public static RoseValueChain RoseChain(ParkYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        var e = year.Design.Economics;
        return new RoseValueChain
        {
            StemsPerYear = year.RoseStems,
            Grades = e.RoseGrades,
            ProcessingShare = e.ProcessingShare,
            PetalKgPerStem = e.PetalKgPerStem,
            ProductKgPerKgPetals = e.ProductKgPerKgPetals,
            ProductPriceCnyPerKg = e.ProductPriceCnyPerKg,
            VisitorsPerYear = e.VisitorsPerYear,
            SpendCnyPerVisitor = e.SpendCnyPerVisitor,
        }.Validated();
    }

    /// <summary>Capacity-weighted linear degradation rate of the PV fields d [1/yr]; 0 without PV.</summary>
    /// <param name="design">The park.</param>
    public static double PvDegradationPerYear(ParkDesign design)
    {
        ArgumentNullException.ThrowIfNull(design);
        double kw = design.PvCapacityKw;
        return kw > 0 ? design.PvPlants.Sum(p => p.Array.DcCapacityKw * p.Array.AnnualDegradationPerYear) / kw : 0;
    }

    /// <summary>The capital components of the park (those with a non-zero quantity).</summary>
    /// <param name="year">The simulated year (for the shaft storage's rated power).</param>
    public static IReadOnlyList<ComponentCost> Components(ParkYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        var d = year.Design;
        var e = d.Economics;
        int life = d.ProjectLifeYears;
        var list = new List<ComponentCost>();
        void Add(string name, double quantity, string unit, double unitCost, int lifetime, double omFraction)
        {
            if (quantity > 0)
            {
                list.Add(new ComponentCost
                {
                    Name = name, Quantity = quantity, Unit = unit, UnitCostCny = unitCost, LifetimeYears = lifetime,
                    FixedOmFractionOfCapexPerYear = omFraction,
                });
            }
        }

        Add("PV", d.PvCapacityKw, "kWp", e.PvCapexCnyPerKw, e.PvLifetimeYears, e.EnergyOmFractionPerYear);
        Add("Shaft pumped hydro", year.PumpedHydroPowerKw, "kW", e.PumpedHydroCapexCnyPerKw, e.PumpedHydroLifetimeYears, e.EnergyOmFractionPerYear);
        Add("Battery", d.Battery?.EnergyCapacityKwh ?? 0, "kWh", e.BatteryCapexCnyPerKwh, e.BatteryLifetimeYears, e.EnergyOmFractionPerYear);
        Add("Heat pumps", d.Heat?.HeatPump.RatedHeatingKw ?? 0, "kW_th", e.HeatPumpCapexCnyPerKw, e.HeatPumpLifetimeYears, e.EnergyOmFractionPerYear);
        Add("Greenhouses", d.Greenhouses?.House.FloorAreaM2 ?? 0, "m²", e.GreenhouseCapexCnyPerM2, e.GreenhouseLifetimeYears, e.GreenhouseOmFractionPerYear);
        double outdoorM2 = d.OutdoorFlowers is { } f ? f.OpenAreaM2 + f.UnderPvAreaM2 : 0;
        Add("Outdoor flower fields", outdoorM2, "m²", e.OutdoorFieldCapexCnyPerM2, life, 0);
        Add("Land restoration", e.LandRestorationCapexCny > 0 ? 1 : 0, "lump sum", e.LandRestorationCapexCny, life, 0);
        return list;
    }

    /// <summary>The project's finance spec from the design's economics and the simulated year.</summary>
    /// <param name="year">The simulated year.</param>
    /// <param name="carbon">The year's carbon balance (for carbon revenue).</param>
    /// <param name="jobs">The year's jobs (for labour cost).</param>
    public static FinanceSpec Spec(ParkYear year, CarbonBalance carbon, ParkJobs jobs)
    {
        ArgumentNullException.ThrowIfNull(year);
        ArgumentNullException.ThrowIfNull(carbon);
        ArgumentNullException.ThrowIfNull(jobs);
        var d = year.Design;
        var e = d.Economics;
        var ledger = year.Ledger;
        double pvTrend = -PvDegradationPerYear(d);
        var chain = RoseChain(year);

        var revenues = new List<CashLine>();
        var costs = new List<CashLine>();
        void Line(List<CashLine> to, string name, double amount, PriceIndex index, double trend = 0)
        {
            if (amount > 0)
                to.Add(new CashLine { Name = name, FirstYearCny = amount, Index = index, QuantityChangePerYear = trend });
        }

        revenues.AddRange(chain.RevenueLines().Where(l => l.FirstYearCny > 0));
        Line(revenues, "Outdoor flowers", year.OutdoorFlowerStems * e.OutdoorFlowerPriceCnyPerStem, PriceIndex.RosePrice);
        double exportRevenue = year.Bill.ExportRevenueCny;
        Line(revenues, ExportsLine, exportRevenue, PriceIndex.Electricity, pvTrend);
        Line(costs, "Exports at negative prices", -exportRevenue, PriceIndex.Electricity, pvTrend);
        double savings = year.BaselineBill.ImportCostCny - year.Bill.ImportCostCny;
        Line(revenues, SavingsLine, savings, PriceIndex.Electricity, pvTrend);
        Line(costs, "Electricity, extra cost over baseline bill", -savings, PriceIndex.Electricity);
        if (e.CarbonPriceCnyPerTonne > 0)
            Line(revenues, "Carbon credits", carbon.NetAvoidedTonnesCo2 * e.CarbonPriceCnyPerTonne, PriceIndex.CarbonPrice);

        Line(costs, BaselineBillLine, year.BaselineBill.ImportCostCny, PriceIndex.Electricity);
        Line(costs, LabourLine, jobs.TotalJobs * d.People.AverageWageCnyPerYear, PriceIndex.Labour);
        Line(costs, "Crop inputs", (d.Greenhouses?.House.FloorAreaM2 ?? 0) * e.CropInputsCnyPerM2Year, PriceIndex.Opex);
        Line(costs, "Backup boiler fuel", ledger.EnergyKwh(ledger.BoilerHeatKw) * e.BoilerHeatCostCnyPerKwh, PriceIndex.Opex);
        costs.AddRange(chain.CostLines());

        return new FinanceSpec
        {
            ProjectYears = d.ProjectLifeYears,
            DiscountRate = e.DiscountRate,
            Escalation = e.Escalation,
            Components = Components(year),
            Revenues = revenues,
            OperatingCosts = costs,
        }.Validated();
    }

    /// <summary>The project's finance spec from several simulated operating years 1..S: each year's energy, stems, bill, carbon
    /// and jobs in its own year of the cash flow; years after S repeat year S (with the PV degradation trend where the line
    /// follows the PV).</summary>
    /// <param name="years">The simulated years, operating year 1 first (at least one).</param>
    /// <param name="carbon">Each year's carbon balance, same order.</param>
    /// <param name="jobs">Each year's jobs, same order.</param>
    public static FinanceSpec Spec(IReadOnlyList<ParkYear> years, IReadOnlyList<CarbonBalance> carbon, IReadOnlyList<ParkJobs> jobs)
    {
        ArgumentNullException.ThrowIfNull(years);
        ArgumentNullException.ThrowIfNull(carbon);
        ArgumentNullException.ThrowIfNull(jobs);
        if (years.Count == 0 || carbon.Count != years.Count || jobs.Count != years.Count)
            throw new InvalidInputException("years", $"{years.Count} years, {carbon.Count} carbon balances, {jobs.Count} jobs", "one or more years, with one carbon balance and one jobs figure each");
        var first = Spec(years[0], carbon[0], jobs[0]);
        if (years.Count == 1)
            return first;
        var specs = new FinanceSpec[years.Count];
        specs[0] = first;
        for (int y = 1; y < years.Count; y++)
            specs[y] = Spec(years[y], carbon[y], jobs[y]);
        return (first with
        {
            Revenues = Merge(specs, s => s.Revenues, first.ProjectYears),
            OperatingCosts = Merge(specs, s => s.OperatingCosts, first.ProjectYears),
        }).Validated();
    }

    /// <summary>One line per name over the simulated years' specs: amount a_1 (or the largest a_t when a_1 = 0) with quantity
    /// factors a_t / a_1 for the simulated years, extended by <see cref="Extend"/> with the line's own trend.</summary>
    private static List<CashLine> Merge(FinanceSpec[] specs, Func<FinanceSpec, IReadOnlyList<CashLine>> linesOf, int projectYears)
    {
        var names = new List<string>();
        foreach (var spec in specs)
        {
            foreach (var line in linesOf(spec))
            {
                if (!names.Contains(line.Name))
                    names.Add(line.Name);
            }
        }

        var merged = new List<CashLine>();
        foreach (var name in names)
        {
            var amounts = new double[specs.Length];
            CashLine? template = null;
            for (int y = 0; y < specs.Length; y++)
            {
                var line = linesOf(specs[y]).FirstOrDefault(l => l.Name == name);
                amounts[y] = line?.FirstYearCny ?? 0;
                template ??= line;
            }

            // Base: year 1's amount, or the largest when year 1 has none (a line that appears later, e.g. a negative saving).
            double baseCny = amounts[0] > 0 ? amounts[0] : amounts.Max();
            var factors = Extend(amounts, projectYears, template!.QuantityChangePerYear);
            for (int t = 0; t < factors.Length; t++)
                factors[t] /= baseCny;
            merged.Add(template with { FirstYearCny = baseCny, QuantityChangePerYear = 0, QuantityFactors = factors });
        }

        return merged;
    }

    /// <summary>Values of project years 1..N from the simulated years 1..S: the simulated values, then year S's repeated with
    /// the linear trend g, x_t = x_S·max(0, 1 + g·(t − 1))/(1 + g·(S − 1)).</summary>
    /// <param name="simulated">Values of the simulated years 1..S.</param>
    /// <param name="projectYears">Project life N [yr].</param>
    /// <param name="trendPerYear">Linear trend g [1/yr] (−d for the PV).</param>
    private static double[] Extend(double[] simulated, int projectYears, double trendPerYear)
    {
        var values = new double[projectYears];
        int last = simulated.Length;
        double lastTrend = 1 + trendPerYear * (last - 1);
        for (int t = 1; t <= projectYears; t++)
        {
            values[t - 1] = t <= last ? simulated[t - 1]
                : lastTrend > 0 ? simulated[last - 1] * Math.Max(0, 1 + trendPerYear * (t - 1)) / lastTrend : 0;
        }

        return values;
    }

    /// <summary>Levelised cost of the PV energy: PV capex, replacements and O&amp;M less residual value, over the PV energy
    /// delivered (AC output − curtailment), degrading linearly [CNY/kWh] [163]; NaN without PV energy.</summary>
    /// <param name="year">The simulated year.</param>
    public static double PvLcoeCnyPerKwh(ParkYear year) => PvLcoeCnyPerKwh([year]);

    /// <summary>Levelised cost of the PV energy over several simulated years 1..S: each simulated year's delivered energy,
    /// then year S's with the degradation trend [CNY/kWh] [163]; NaN without PV energy.</summary>
    /// <param name="years">The simulated years, operating year 1 first.</param>
    public static double PvLcoeCnyPerKwh(IReadOnlyList<ParkYear> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        if (years.Count == 0)
            throw new InvalidInputException("years", "0", "at least one simulated year");
        var year = years[0];
        var delivered = years.Select(y => y.Ledger.EnergyKwh(y.Ledger.PvAcKw) - y.Ledger.EnergyKwh(y.Ledger.CurtailedKw)).ToArray();
        double deliveredKwh = delivered[0];
        var pv = Components(year).Where(c => c.Name == "PV").ToArray();
        if (!(deliveredKwh > 0) || pv.Length == 0)
            return double.NaN;
        var d = year.Design;
        var table = CashFlowTable.Build(new FinanceSpec
        {
            ProjectYears = d.ProjectLifeYears, DiscountRate = d.Economics.DiscountRate, Escalation = d.Economics.Escalation, Components = pv,
        });
        var extended = Extend(delivered, d.ProjectLifeYears, -PvDegradationPerYear(d));
        var energy = new double[d.ProjectLifeYears + 1];
        extended.CopyTo(energy, 1);
        return FinancialMetrics.LcoeCnyPerKwh(d.Economics.DiscountRate.RatePerYear, table.CostsCny, energy);
    }

    /// <summary>Levelised cost of storage of the battery and shaft pumped hydro together [CNY/kWh] [165]; NaN without discharge.</summary>
    /// <remarks>Costs: the storage components' capex, replacements and O&amp;M less residual value. Charging cost: each interval's
    /// charging energy at the import price when the park imports, else at the export price (what the stored PV would
    /// have earned), escalated with electricity prices. Energy: the year's discharge, every year.</remarks>
    /// <param name="year">The simulated year.</param>
    public static double StorageLcosCnyPerKwh(ParkYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        var l = year.Ledger;
        double dischargedKwh = l.EnergyKwh(l.BatteryDischargeKw) + l.EnergyKwh(l.PumpedHydroGenerateKw);
        var storage = Components(year).Where(c => c.Name is "Battery" or "Shaft pumped hydro").ToArray();
        if (!(dischargedKwh > 0) || storage.Length == 0)
            return double.NaN;
        double chargingCny = 0;
        for (int i = 0; i < l.Grid.Count; i++)
        {
            double price = l.GridImportKw[i] > 0 ? l.ImportPriceCnyPerKwh[i] : l.ExportPriceCnyPerKwh[i];
            chargingCny += (l.BatteryChargeKw[i] + l.PumpedHydroPumpKw[i]) * price;
        }

        chargingCny *= l.Grid.StepHours;
        var d = year.Design;
        var escalation = d.Economics.Escalation;
        var table = CashFlowTable.Build(new FinanceSpec
        {
            ProjectYears = d.ProjectLifeYears, DiscountRate = d.Economics.DiscountRate, Escalation = escalation, Components = storage,
        });
        var charging = new double[d.ProjectLifeYears + 1];
        var energy = new double[d.ProjectLifeYears + 1];
        for (int t = 1; t < energy.Length; t++)
        {
            charging[t] = chargingCny * escalation.OperatingFactor(PriceIndex.Electricity, t);
            energy[t] = dischargedKwh;
        }

        return FinancialMetrics.LcosCnyPerKwh(d.Economics.DiscountRate.RatePerYear, table.CostsCny, charging, energy);
    }
}
