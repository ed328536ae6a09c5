using MineRose.Core.Economics;
using MineRose.Core.Park;

namespace MineRose.Optimization.Sizing;

/// <summary>The park's NPV as a linear function of the sized capacities and the dispatch, built with the conventions of
/// <see cref="CashFlowTable"/> (replacements, escalation, residual value, end-of-year discounting) and the lines of
/// <see cref="ParkFinance"/> [163], [168], [248], [249].</summary>
/// <remarks>
/// <para>NPV(x) = C₀ + Σ_k v_k·x_k + a_R·A − a_E·Σ_t w_t(p_imp,t·P_imp,t − p_exp,t·P_exp,t)·Δt − a_O·(fuel + wear).</para>
/// <para>v_k = −(present cost of one unit of component k: capex, replacements and fixed O&amp;M less residual value, i.e. −NPV of a
/// table holding that one unit) − (its energy-operations labour, w_L·j_MW/1000·a_L); a_X = NPV of a line of CNY 1 in year 1 with
/// index X (and the PV's degradation trend −d for electricity, as <see cref="ParkFinance"/> books exports and savings);
/// a_R·A = the present value of the rose lines (fresh-cut by grade, products, processing) scaled by A/A₀ (stems per m² of the base
/// year); the greenhouse also carries its capex, crop inputs and crop labour per m². ParkFinance books savings (B − I) with the PV
/// trend and the baseline bill B without, so B enters as B·(a_E − a_E,0): B of the loads that do not scale with the greenhouse goes
/// into C₀, the rest per m² into the greenhouse's coefficient. C₀ is the NPV of every other component and line of the base year's
/// finance spec (outdoor flowers, agritourism, carbon credits, land restoration, other staff).</para>
/// <para>Linear in A by construction: stems, heat demand, lighting, crop labour and inputs per m² are the base year's (checked
/// against two simulated areas in the tests). Not linear, and held at the base year: carbon credits (they follow the dispatch's
/// CO₂, counted only when the design prices carbon) and the case of a negative saving (ParkFinance books it without the PV trend).</para>
/// </remarks>
public sealed record SizingNpvTerms
{
    /// <summary>C₀: NPV of everything that does not scale with a sized capacity or the dispatch [CNY].</summary>
    public required double ConstantCny { get; init; }

    /// <summary>v_PV: NPV per kWp of PV (capex, replacements, O&amp;M, residual value, labour), negative [CNY/kWp].</summary>
    public required double PvCnyPerKw { get; init; }

    /// <summary>v_bat,E: NPV per kWh of battery, negative [CNY/kWh].</summary>
    public required double BatteryCnyPerKwh { get; init; }

    /// <summary>v_bat,P: NPV per kW of battery power (energy-operations labour only), ≤ 0 [CNY/kW].</summary>
    public required double BatteryCnyPerKw { get; init; }

    /// <summary>v_shaft: NPV per kW of shaft-storage generating power, negative [CNY/kW].</summary>
    public required double ShaftCnyPerKw { get; init; }

    /// <summary>v_hp: NPV per kW of heat-pump heating capacity, negative [CNY/kW].</summary>
    public required double HeatPumpCnyPerKw { get; init; }

    /// <summary>NPV per m² of greenhouse of its costs: capex, replacements, O&amp;M, residual value, crop inputs, crop labour and the
    /// baseline-bill term of its loads, negative [CNY/m²].</summary>
    public required double GreenhouseCnyPerM2 { get; init; }

    /// <summary>a_R: present value per m² of greenhouse of the rose revenue (fresh-cut by grade, products) less processing [CNY/m²].</summary>
    public required double RoseRevenueCnyPerM2 { get; init; }

    /// <summary>a_E: present value of CNY 1 a year of electricity (first-year prices, escalated, with the PV trend) [yr].</summary>
    public required double ElectricityFactorYears { get; init; }

    /// <summary>a_O: present value of CNY 1 a year of operating cost (O&amp;M index), for boiler fuel and shaft wear [yr].</summary>
    public required double OpexFactorYears { get; init; }

    /// <summary>Annual cost per m² of greenhouse for the cost objective: capex·(CRF + o_gh) + crop inputs + crop labour [CNY/(m²·yr)].</summary>
    public required double GreenhouseAnnualCnyPerM2 { get; init; }

    /// <summary>Stems per m² of the base year [stems/(m²·yr)].</summary>
    public required double StemsPerM2 { get; init; }

    /// <summary>Greenhouse area of the base year A₀ [m²]; 0 without greenhouses.</summary>
    public required double BaseAreaM2 { get; init; }

    /// <summary>The terms of a base year: its finance spec split into what scales and what does not.</summary>
    /// <param name="baseline">The design's simulated year.</param>
    /// <param name="greenhouseLoadKw">The base year's electric load that scales with the greenhouse area, per interval [kW]
    /// (null: none scales; its baseline-bill term then stays in C₀).</param>
    public static SizingNpvTerms Of(ParkYear baseline, double[]? greenhouseLoadKw)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        var design = baseline.Design;
        var e = design.Economics;
        var people = design.People;
        var evaluation = ParkEvaluation.Evaluate(baseline);
        var spec = evaluation.CashFlow.Spec;
        var empty = spec with { Components = [], Revenues = [], OperatingCosts = [] };
        double Npv(FinanceSpec s) => CashFlowTable.Build(s).NpvCny;
        double Factor(PriceIndex index, double trend) =>
            Npv(empty with { Revenues = [new CashLine { Name = "unit", FirstYearCny = 1, Index = index, QuantityChangePerYear = trend }] });
        double UnitNpv(double unitCostCny, int lifeYears, double omFraction) =>
            Npv(empty with
            {
                Components = [new ComponentCost { Name = "unit", Quantity = 1, Unit = "unit", UnitCostCny = unitCostCny, LifetimeYears = lifeYears, FixedOmFractionOfCapexPerYear = omFraction }],
            });

        double pvTrend = -ParkFinance.PvDegradationPerYear(design);
        double aE = Factor(PriceIndex.Electricity, pvTrend);
        double aE0 = Factor(PriceIndex.Electricity, 0);
        double aL = Factor(PriceIndex.Labour, 0);
        double aO = Factor(PriceIndex.Opex, 0);
        double wage = people.AverageWageCnyPerYear;
        double labourPerKw = wage * people.EnergyOperationsWorkersPerMw / 1000 * aL;
        double areaM2 = design.Greenhouses?.House.FloorAreaM2 ?? 0;

        // Lines that the LP models (electricity, labour, boiler fuel) or that scale with the area (crop inputs, roses).
        static bool IsElectricity(string name) =>
            name is ParkFinance.ExportsLine or ParkFinance.SavingsLine or ParkFinance.BaselineBillLine or "Exports at negative prices" or "Electricity, extra cost over baseline bill";
        static bool IsRose(string name) => name.StartsWith("Roses, fresh-cut: ", StringComparison.Ordinal) || name is "Rose products" or "Rose processing";
        bool Modelled(string name) => IsElectricity(name) || name is ParkFinance.LabourLine or "Backup boiler fuel" || (areaM2 > 0 && (IsRose(name) || name is "Crop inputs"));
        static bool Sized(string component) => component is "PV" or "Shaft pumped hydro" or "Battery" or "Heat pumps" or "Greenhouses";

        double constant = Npv(spec with
        {
            Components = [.. spec.Components.Where(c => !Sized(c.Name))],
            Revenues = [.. spec.Revenues.Where(l => !Modelled(l.Name))],
            OperatingCosts = [.. spec.OperatingCosts.Where(l => !Modelled(l.Name))],
        });
        constant -= people.OtherStaff * wage * aL;

        double roseNpv = areaM2 > 0
            ? Npv(empty with { Revenues = [.. spec.Revenues.Where(l => IsRose(l.Name))], OperatingCosts = [.. spec.OperatingCosts.Where(l => IsRose(l.Name))] })
            : 0;

        // Baseline bill B·(a_E − a_E,0), split into the part of the greenhouse's loads (per m²) and the rest, by their share of Σ p·L.
        var ledger = baseline.Ledger;
        double bill = baseline.BaselineBill.ImportCostCny, pricedAll = 0, pricedGreenhouse = 0;
        for (int i = 0; i < ledger.Grid.Count; i++)
        {
            pricedAll += ledger.ImportPriceCnyPerKwh[i] * ledger.LoadKw(i);
            pricedGreenhouse += greenhouseLoadKw is null ? 0 : ledger.ImportPriceCnyPerKwh[i] * greenhouseLoadKw[i];
        }

        double greenhouseShare = pricedAll > 0 && areaM2 > 0 ? pricedGreenhouse / pricedAll : 0;
        constant += bill * (1 - greenhouseShare) * (aE - aE0);
        double billPerM2 = areaM2 > 0 ? bill * greenhouseShare * (aE - aE0) / areaM2 : 0;

        double cropJobsPerM2 = areaM2 > 0 ? (baseline.CropLabour?.TotalJobs ?? 0) / areaM2 : 0;
        double greenhouseCost = -UnitNpv(e.GreenhouseCapexCnyPerM2, e.GreenhouseLifetimeYears, e.GreenhouseOmFractionPerYear)
            + e.CropInputsCnyPerM2Year * aO + cropJobsPerM2 * wage * aL;
        double r = e.DiscountRate.RatePerYear;
        return new SizingNpvTerms
        {
            ConstantCny = constant,
            PvCnyPerKw = UnitNpv(e.PvCapexCnyPerKw, e.PvLifetimeYears, e.EnergyOmFractionPerYear) - labourPerKw,
            BatteryCnyPerKwh = UnitNpv(e.BatteryCapexCnyPerKwh, e.BatteryLifetimeYears, e.EnergyOmFractionPerYear),
            BatteryCnyPerKw = -labourPerKw,
            ShaftCnyPerKw = UnitNpv(e.PumpedHydroCapexCnyPerKw, e.PumpedHydroLifetimeYears, e.EnergyOmFractionPerYear) - labourPerKw,
            HeatPumpCnyPerKw = UnitNpv(e.HeatPumpCapexCnyPerKw, e.HeatPumpLifetimeYears, e.EnergyOmFractionPerYear) - labourPerKw,
            GreenhouseCnyPerM2 = -greenhouseCost + billPerM2,
            RoseRevenueCnyPerM2 = areaM2 > 0 ? roseNpv / areaM2 : 0,
            ElectricityFactorYears = aE,
            OpexFactorYears = aO,
            GreenhouseAnnualCnyPerM2 = e.GreenhouseCapexCnyPerM2 * (FinancialMetrics.CapitalRecoveryFactor(r, e.GreenhouseLifetimeYears) + e.GreenhouseOmFractionPerYear)
                + e.CropInputsCnyPerM2Year + cropJobsPerM2 * wage,
            StemsPerM2 = areaM2 > 0 ? baseline.RoseStems / areaM2 : 0,
            BaseAreaM2 = areaM2,
        };
    }
}
