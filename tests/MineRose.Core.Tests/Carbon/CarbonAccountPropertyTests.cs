using FsCheck.Xunit;
using MineRose.Core.Carbon;

namespace MineRose.Core.Tests.Carbon;

public class CarbonAccountPropertyTests
{
    [Property(MaxTest = 500)]
    public bool Net_avoided_CO2_equals_baseline_minus_project_emissions(int pv, int load, int heat, int cop, int factor, int efficiency)
    {
        // A park without storage: PV serves the loads (other loads and heat pumps) first, exports the rest; imports the shortfall.
        double pvMwh = (uint)pv % 20_000u;
        double otherLoadMwh = (uint)load % 10_000u;
        double heatMwh = (uint)heat % 8_000u;
        double heatPumpMwh = heatMwh / (2.5 + (uint)cop % 40u / 10.0);
        double demandMwh = otherLoadMwh + heatPumpMwh;
        double usedMwh = Math.Min(pvMwh, demandMwh);
        var flows = new CarbonFlows
        {
            PvUsedOnSiteMwh = usedMwh,
            ExportMwh = pvMwh - usedMwh,
            ImportMwh = demandMwh - usedMwh,
            HeatPumpHeatMwh = heatMwh,
            HeatPumpElectricityMwh = heatPumpMwh,
        };
        var grid = EmissionFactors.All[(int)((uint)factor % (uint)EmissionFactors.All.Count)];
        var baseline = HeatBaseline.CoalBoiler(0.6 + (uint)efficiency % 35u / 100.0);
        var balance = CarbonAccount.Of(flows, grid, baseline);

        // Baseline: the other loads from the grid, the heat from the boiler. Project: net imports from the grid.
        double baselineTonnes = otherLoadMwh * grid.TonnesCo2PerMwh + heatMwh * baseline.TonnesCo2PerMwhHeat;
        double projectTonnes = (flows.ImportMwh - flows.ExportMwh) * grid.TonnesCo2PerMwh;
        return Math.Abs(balance.NetAvoidedTonnesCo2 - (baselineTonnes - projectTonnes)) <= 1e-9 * (1 + baselineTonnes + Math.Abs(projectTonnes));
    }
}
