using MineRose.Core.Carbon;

namespace MineRose.Core.Park;

/// <summary>The carbon flows of a simulated park year, summed from its ledger, and their balance [140], [190].</summary>
/// <remarks>
/// <para>PV used on site is the grid import the park's own generation displaced, read off the bus balance: served load
/// L − unserved = (P_pv − P_curt − P_exp) − (P_ch + P_pump − P_dis − P_gen) + P_imp, so
/// E_pv,site = Σ[(P_pv − P_curt − P_exp) − (P_ch + P_pump − P_dis − P_gen)]·Δt. Storage losses are charged to PV, the
/// only source that can feed storage under self-consumption; under arbitrage from the grid the result may turn negative,
/// in which case it is set to 0 (and a warning raised by the evaluation).</para>
/// <para>Heat-pump electricity E_hp charged against the coal baseline is the heating share of the compressor and
/// mine-water pump electricity: in each interval the share Q_heat/(Q_heat + Q_cool) of both. The cooling share stays a
/// park load, as a conventional chiller's would in the baseline, so cooling earns no credit.</para>
/// </remarks>
public static class ParkCarbonAccount
{
    /// <summary>Sums the flows carbon accounting needs from a park year's ledger [MWh].</summary>
    /// <param name="year">The simulated year.</param>
    /// <returns>The flows; <see cref="CarbonFlows.PvUsedOnSiteMwh"/> clipped at 0.</returns>
    public static CarbonFlows Flows(ParkYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        return Flows(year.Ledger, out _);
    }

    /// <summary>Sums the flows carbon accounting needs from a ledger [MWh], and the unclipped on-site PV use [MWh].</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="pvUsedOnSiteUnclippedMwh">Grid energy displaced, load − import + export (= PV − curtailment − storage losses) [MWh];
    /// negative when storage losses on grid energy exceed the park's own generation.</param>
    public static CarbonFlows Flows(ParkLedger ledger, out double pvUsedOnSiteUnclippedMwh)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        int n = ledger.Grid.Count;
        double dtH = ledger.Grid.StepHours;
        double displacedImports = 0, export = 0, import = 0, hpHeat = 0, hpElectric = 0;
        for (int i = 0; i < n; i++)
        {
            // Imports the park's loads did not draw from the grid; negative where storage charged from the grid.
            displacedImports += ledger.LoadKw(i) - ledger.GridImportKw[i];
            export += ledger.GridExportKw[i];
            import += ledger.GridImportKw[i];
            double heat = ledger.HeatPumpHeatKw[i];
            double cool = ledger.HeatPumpCoolingKw[i] + ledger.FreeCoolingKw[i];
            hpHeat += heat;
            if (heat > 0)
            {
                double heatingShare = heat / (heat + cool);
                hpElectric += heatingShare * (ledger.HeatPumpElectricityKw[i] + ledger.CirculationPumpKw[i]);
            }
        }

        double toMwh = dtH / 1000;
        // Energy identity: load − import + export = PV − curtailment − storage losses, the grid energy the park displaces.
        // Grid energy stored and re-exported (time-of-use arbitrage) is netted against the exports, so only the park's own
        // generation is credited and storage losses count against it.
        double usedOnSiteMwh = displacedImports * toMwh;
        double exportCreditedMwh = export * toMwh + Math.Min(0, usedOnSiteMwh);
        pvUsedOnSiteUnclippedMwh = usedOnSiteMwh + export * toMwh;
        return new CarbonFlows
        {
            PvUsedOnSiteMwh = Math.Max(0, usedOnSiteMwh),
            ExportMwh = Math.Max(0, exportCreditedMwh),
            ImportMwh = Math.Max(0, import * toMwh),
            HeatPumpHeatMwh = Math.Max(0, hpHeat * toMwh),
            HeatPumpElectricityMwh = Math.Max(0, hpElectric * toMwh),
        };
    }

    /// <summary>The CO₂ account of a simulated year, each part with its factor.</summary>
    /// <param name="year">The simulated year.</param>
    public static CarbonBalance Of(ParkYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        var carbon = year.Design.Carbon;
        return CarbonAccount.Of(Flows(year), carbon.GridFactor, carbon.HeatBaseline);
    }
}
