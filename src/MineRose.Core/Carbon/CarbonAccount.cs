namespace MineRose.Core.Carbon;

/// <summary>Carbon accounting of a park against a grid factor and a heat baseline [140], [145]–[149].</summary>
public static class CarbonAccount
{
    /// <summary>The CO₂ balance of a park's energy flows, each part with its factor.</summary>
    /// <param name="flows">The park's energy flows over the period [MWh].</param>
    /// <param name="gridFactor">Factor of the grid the park imports from and whose imports PV displaces [t/MWh].</param>
    /// <param name="heatBaseline">The heat supply the heat pumps displace; <see cref="HeatBaseline.CoalBoiler"/> by default.</param>
    /// <param name="exportFactor">Factor of the generation exports displace [t/MWh]; default <paramref name="gridFactor"/>.</param>
    /// <returns>The balance.</returns>
    /// <remarks>
    /// <para>A_pv = E_pv,site · f_grid; A_exp = E_exp · f_exp; B_hp = Q_hp · f_fuel / η_boiler; W_hp = E_hp · f_grid;
    /// net avoided = A_pv + A_exp + B_hp − W_hp; emitted by imports = E_imp · f_grid.</para>
    /// <para>All heat-pump electricity is charged at the grid factor because the PV it used is already credited in
    /// A_pv. Then, with E_pv,site + E_exp the PV delivered and no storage, net avoided equals the baseline's emissions
    /// (all electric loads but the heat pumps from the grid, heat from the boiler) minus the park's (imports − exports)
    /// when f_exp = f_grid.</para>
    /// </remarks>
    public static CarbonBalance Of(CarbonFlows flows, EmissionFactor gridFactor, HeatBaseline? heatBaseline = null, EmissionFactor? exportFactor = null)
    {
        ArgumentNullException.ThrowIfNull(flows);
        ArgumentNullException.ThrowIfNull(gridFactor);
        flows.Validated();
        gridFactor.Validated();
        var baseline = (heatBaseline ?? HeatBaseline.CoalBoiler()).Validated();
        var exported = (exportFactor ?? gridFactor).Validated();
        return new CarbonBalance
        {
            PvUsedOnSite = new CarbonPart("PV used on site (displaced imports)", flows.PvUsedOnSiteMwh, gridFactor),
            Exports = new CarbonPart("exports (displaced grid generation)", flows.ExportMwh, exported),
            HeatPumpHeatBaseline = new CarbonPart("heat-pump heat (displaced " + baseline.Name + ")", flows.HeatPumpHeatMwh, baseline.HeatFactor),
            HeatPumpElectricity = new CarbonPart("heat-pump electricity", flows.HeatPumpElectricityMwh, gridFactor),
            Imports = new CarbonPart("imports (emitted)", flows.ImportMwh, gridFactor),
        };
    }
}
