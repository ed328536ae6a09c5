namespace MineRose.Core.Park;

/// <summary>The year's mine-water balance: inflow to the workings, storage change, water pumped out, used for drip
/// irrigation and discharged, and water circulated through the heat pumps [m³].</summary>
/// <remarks>
/// <para>Two balances close each year [190]:</para>
/// <para>workings: V_in − ΔV_stored − V_unaccounted = V_out, with V_in = Σ inflow, V_out = Σ dewatered, ΔV_stored the change of
/// the water held by the shaft storage (upper + lower reservoir) over the year, and V_unaccounted what leaves the water
/// stored without being pumped out (evaporation and seepage of the upper reservoir, which the ledger does not list);</para>
/// <para>surface: V_out = V_irr,mine + V_dis, where V_irr,mine = min(V_irr, V_out) is the treated mine water used for drip
/// irrigation and V_dis the rest, discharged; irrigation beyond V_out comes from another source (V_irr,other).</para>
/// <para>The heat pumps take water from the workings and return it cooled or warmed, V_circ = Σ Q_hp·Δt; it has no net
/// effect on the balance. The ledger holds the reservoir volumes at the END of each interval; the volume at the start
/// of the year is taken as V_0 = V_end,0 − inflow_0 + dewatered_0 (the first interval without evaporation or seepage).</para>
/// </remarks>
/// <param name="InflowM3">Water flowing into the workings over the year [m³].</param>
/// <param name="StorageChangeM3">Change of the water held by the shaft storage over the year [m³]; 0 without storage.</param>
/// <param name="PumpedOutM3">Water pumped to the surface (dewatering) [m³].</param>
/// <param name="UnaccountedM3">Inflow − storage change − pumped out: evaporation and seepage of the upper reservoir [m³].</param>
/// <param name="IrrigationFromMineWaterM3">Treated mine water used for drip irrigation [m³].</param>
/// <param name="IrrigationFromOtherSourcesM3">Irrigation beyond the water pumped out, from another source [m³].</param>
/// <param name="DischargedM3">Water pumped out and not used, discharged [m³].</param>
/// <param name="HeatPumpCirculatedM3">Water circulated through the heat pumps and returned to the workings [m³].</param>
public sealed record MineWaterBalance(
    double InflowM3,
    double StorageChangeM3,
    double PumpedOutM3,
    double UnaccountedM3,
    double IrrigationFromMineWaterM3,
    double IrrigationFromOtherSourcesM3,
    double DischargedM3,
    double HeatPumpCirculatedM3)
{
    /// <summary>All drip irrigation, mine water and other sources [m³].</summary>
    public double IrrigationM3 => IrrigationFromMineWaterM3 + IrrigationFromOtherSourcesM3;

    /// <summary>The balance of a park year.</summary>
    /// <param name="year">The simulated year.</param>
    public static MineWaterBalance Of(ParkYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        return Of(year.Ledger, year.GreenhouseIrrigationM3 + year.OutdoorIrrigationM3);
    }

    /// <summary>The balance of a ledger and the year's irrigation.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="irrigationM3">Drip irrigation of greenhouses and outdoor fields over the year [m³], ≥ 0.</param>
    public static MineWaterBalance Of(ParkLedger ledger, double irrigationM3)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        Guard.NonNegative(irrigationM3, "irrigation_m3");
        int n = ledger.Grid.Count;
        double inflow = 0, pumped = 0, circulated = 0;
        for (int i = 0; i < n; i++)
        {
            inflow += ledger.MineWaterInflowM3[i];
            pumped += ledger.DewateredWaterM3[i];
            circulated += ledger.HeatPumpWaterFlowM3h[i];
        }

        circulated *= ledger.Grid.StepHours;
        double storageChange = 0;
        if (n > 0)
        {
            double stored(int i) => ledger.UpperReservoirVolumeM3[i] + ledger.LowerReservoirVolumeM3[i];
            double start = stored(0) - ledger.MineWaterInflowM3[0] + ledger.DewateredWaterM3[0];
            storageChange = stored(n - 1) - start;
        }

        double fromMine = Math.Min(irrigationM3, pumped);
        return new MineWaterBalance(inflow, storageChange, pumped, inflow - storageChange - pumped, fromMine,
            irrigationM3 - fromMine, pumped - fromMine, circulated);
    }
}
