using MineRose.Core.Time;

namespace MineRose.Core.Park;

/// <summary>Every flow of the park in every interval: the one ledger all KPIs, the report and <c>hourly.csv</c> come from.</summary>
/// <remarks>
/// Powers are interval averages [kW]; multiply by <see cref="TimeGrid.StepHours"/> for energy. The electric bus balances in
/// every interval: PV + import + battery discharge + hydro generation + unserved = lighting + heat pumps + circulation +
/// other loads + dewatering + water treatment + battery charge + hydro pumping + export + curtailment; the difference is
/// <see cref="ElectricResidualKw"/> and is ~0. Arrays are allocated once per run.
/// </remarks>
public sealed class ParkLedger
{
    /// <summary>Allocates a ledger for <paramref name="grid"/>.</summary>
    public ParkLedger(TimeGrid grid)
        : this(grid, zeroed: true)
    {
    }

    // Zeroed or not: the simulator writes most series whole and clears the rest (ClearAllBut), so it need not pay for zeroing
    // 2.5 MB that it overwrites at once.
    private ParkLedger(TimeGrid grid, bool zeroed)
    {
        ArgumentNullException.ThrowIfNull(grid);
        Grid = grid;
        int n = grid.Count;
        var all = new List<double[]>(40);
        double[] A()
        {
            var a = zeroed ? new double[n] : GC.AllocateUninitializedArray<double>(n);
            all.Add(a);
            return a;
        }
        PvAcKw = A(); LightingKw = A(); HeatPumpElectricityKw = A(); CirculationPumpKw = A(); OtherLoadKw = A();
        DewateringKw = A(); WaterTreatmentKw = A(); BatteryChargeKw = A(); BatteryDischargeKw = A(); PumpedHydroPumpKw = A();
        PumpedHydroGenerateKw = A(); GridImportKw = A(); GridExportKw = A(); CurtailedKw = A(); UnservedElectricKw = A();
        ElectricResidualKw = A(); HeatingDemandKw = A(); HeatPumpHeatKw = A(); BoilerHeatKw = A(); UnservedHeatingKw = A();
        CoolingDemandKw = A(); HeatPumpCoolingKw = A(); FreeCoolingKw = A(); UnservedCoolingKw = A(); GreenhouseTemperatureC = A();
        CanopyParUmolM2s = A(); TranspirationKgM2H = A(); BatteryStateOfCharge = A(); UpperReservoirVolumeM3 = A();
        LowerReservoirVolumeM3 = A(); MineWaterInflowM3 = A(); DewateredWaterM3 = A(); HeatPumpWaterFlowM3h = A();
        ImportPriceCnyPerKwh = A(); ExportPriceCnyPerKwh = A(); GroundParFraction = A();
        arrays = [.. all];
    }

    // Every series above, for Clear.
    private readonly double[][] arrays;

    /// <summary>A ledger whose series hold whatever the memory held (<see cref="GC.AllocateUninitializedArray{T}(int, bool)"/> [296]):
    /// for <see cref="ParkSimulator"/>, which writes every value of the series it fills and calls <see cref="ClearAllBut"/> for the
    /// others before anything reads them.</summary>
    /// <param name="grid">The time axis.</param>
    internal static ParkLedger Unzeroed(TimeGrid grid) => new(grid, zeroed: false);

    /// <summary>Sets every series to zero except <paramref name="written"/>, which the caller overwrites whole: a new series added
    /// to the ledger is cleared unless its writer names it here.</summary>
    /// <param name="written">The series the caller writes at every interval.</param>
    internal void ClearAllBut(ReadOnlySpan<double[]> written)
    {
        foreach (var a in arrays)
        {
            bool keep = false;
            foreach (var w in written)
                keep |= ReferenceEquals(a, w);
            if (!keep)
                Array.Clear(a);
        }
    }

    /// <summary>Sets every series to zero, as a new ledger on the same grid: lets a caller that drops each year before
    /// simulating the next reuse one ledger (<see cref="ParkSimulator.SimulateYear(ParkDesign, Weather.WeatherSeries, Solar.SunPath, ParkLedger, GreenhouseHeatMemo)"/>).</summary>
    public void Clear()
    {
        foreach (var a in arrays)
            Array.Clear(a);
    }

    /// <summary>The time axis.</summary>
    public TimeGrid Grid { get; }

    /// <summary>PV AC output, all fields [kW].</summary>
    public double[] PvAcKw { get; }

    /// <summary>Greenhouse supplementary lighting [kW].</summary>
    public double[] LightingKw { get; }

    /// <summary>Heat-pump compressor electricity (heating and cooling) [kW].</summary>
    public double[] HeatPumpElectricityKw { get; }

    /// <summary>Mine-water circulation pumps of the heat pumps and free cooling [kW].</summary>
    public double[] CirculationPumpKw { get; }

    /// <summary>Other park loads [kW].</summary>
    public double[] OtherLoadKw { get; }

    /// <summary>Dewatering pumps lifting mine water to the surface [kW].</summary>
    public double[] DewateringKw { get; }

    /// <summary>Treatment of mine water for irrigation [kW].</summary>
    public double[] WaterTreatmentKw { get; }

    /// <summary>Battery charging, AC side [kW].</summary>
    public double[] BatteryChargeKw { get; }

    /// <summary>Battery discharging, AC side [kW].</summary>
    public double[] BatteryDischargeKw { get; }

    /// <summary>Shaft storage pumping (electricity absorbed) [kW].</summary>
    public double[] PumpedHydroPumpKw { get; }

    /// <summary>Shaft storage generating (electricity delivered) [kW].</summary>
    public double[] PumpedHydroGenerateKw { get; }

    /// <summary>Grid import [kW].</summary>
    public double[] GridImportKw { get; }

    /// <summary>Grid export [kW].</summary>
    public double[] GridExportKw { get; }

    /// <summary>PV curtailed because the export limit was reached [kW].</summary>
    public double[] CurtailedKw { get; }

    /// <summary>Electric demand not served because the import limit was reached [kW].</summary>
    public double[] UnservedElectricKw { get; }

    /// <summary>Sources minus uses on the electric bus [kW]; ~0.</summary>
    public double[] ElectricResidualKw { get; }

    /// <summary>Greenhouse heating demand at the set-point [kW].</summary>
    public double[] HeatingDemandKw { get; }

    /// <summary>Heat delivered by the heat pumps [kW].</summary>
    public double[] HeatPumpHeatKw { get; }

    /// <summary>Heat delivered by the backup boiler [kW].</summary>
    public double[] BoilerHeatKw { get; }

    /// <summary>Heating demand not served [kW].</summary>
    public double[] UnservedHeatingKw { get; }

    /// <summary>Greenhouse cooling demand [kW].</summary>
    public double[] CoolingDemandKw { get; }

    /// <summary>Cooling delivered by the heat pumps' compressors [kW].</summary>
    public double[] HeatPumpCoolingKw { get; }

    /// <summary>Cooling delivered by mine water through the heat exchanger [kW].</summary>
    public double[] FreeCoolingKw { get; }

    /// <summary>Cooling demand not served [kW].</summary>
    public double[] UnservedCoolingKw { get; }

    /// <summary>Greenhouse inside air temperature [°C].</summary>
    public double[] GreenhouseTemperatureC { get; }

    /// <summary>PAR at the rose canopy, sun and lamps [µmol/(m²·s)].</summary>
    public double[] CanopyParUmolM2s { get; }

    /// <summary>Rose transpiration [kg/(m²·h)].</summary>
    public double[] TranspirationKgM2H { get; }

    /// <summary>Battery state of charge at the end of the interval [—].</summary>
    public double[] BatteryStateOfCharge { get; }

    /// <summary>Upper reservoir water volume at the end of the interval [m³].</summary>
    public double[] UpperReservoirVolumeM3 { get; }

    /// <summary>Lower reservoir water volume at the end of the interval [m³].</summary>
    public double[] LowerReservoirVolumeM3 { get; }

    /// <summary>Mine water flowing into the workings during the interval [m³].</summary>
    public double[] MineWaterInflowM3 { get; }

    /// <summary>Mine water pumped to the surface during the interval [m³].</summary>
    public double[] DewateredWaterM3 { get; }

    /// <summary>Mine water circulated through the heat pumps and returned [m³/h].</summary>
    public double[] HeatPumpWaterFlowM3h { get; }

    /// <summary>Import price [CNY/kWh].</summary>
    public double[] ImportPriceCnyPerKwh { get; }

    /// <summary>Export price [CNY/kWh].</summary>
    public double[] ExportPriceCnyPerKwh { get; }

    /// <summary>Light under the first PV field's rows as a share of the open field's [—].</summary>
    public double[] GroundParFraction { get; }

    /// <summary>The ledger's columns in the order of <c>hourly.csv</c>, each with its name (units in the name).</summary>
    public IReadOnlyList<(string Name, double[] Values)> Columns =>
    [
        ("pv_ac_kw", PvAcKw), ("lighting_kw", LightingKw), ("heat_pump_electricity_kw", HeatPumpElectricityKw),
        ("circulation_pump_kw", CirculationPumpKw), ("other_load_kw", OtherLoadKw), ("dewatering_kw", DewateringKw),
        ("water_treatment_kw", WaterTreatmentKw), ("battery_charge_kw", BatteryChargeKw), ("battery_discharge_kw", BatteryDischargeKw),
        ("pumped_hydro_pump_kw", PumpedHydroPumpKw), ("pumped_hydro_generate_kw", PumpedHydroGenerateKw),
        ("grid_import_kw", GridImportKw), ("grid_export_kw", GridExportKw), ("curtailed_kw", CurtailedKw),
        ("unserved_electric_kw", UnservedElectricKw), ("electric_residual_kw", ElectricResidualKw),
        ("heating_demand_kw", HeatingDemandKw), ("heat_pump_heat_kw", HeatPumpHeatKw), ("boiler_heat_kw", BoilerHeatKw),
        ("unserved_heating_kw", UnservedHeatingKw), ("cooling_demand_kw", CoolingDemandKw), ("heat_pump_cooling_kw", HeatPumpCoolingKw),
        ("free_cooling_kw", FreeCoolingKw), ("unserved_cooling_kw", UnservedCoolingKw), ("greenhouse_temperature_c", GreenhouseTemperatureC),
        ("canopy_par_umol_m2_s", CanopyParUmolM2s), ("transpiration_kg_m2_h", TranspirationKgM2H),
        ("battery_state_of_charge", BatteryStateOfCharge), ("upper_reservoir_volume_m3", UpperReservoirVolumeM3),
        ("lower_reservoir_volume_m3", LowerReservoirVolumeM3), ("mine_water_inflow_m3", MineWaterInflowM3),
        ("dewatered_water_m3", DewateredWaterM3), ("heat_pump_water_flow_m3_h", HeatPumpWaterFlowM3h),
        ("import_price_cny_per_kwh", ImportPriceCnyPerKwh), ("export_price_cny_per_kwh", ExportPriceCnyPerKwh),
        ("ground_par_fraction", GroundParFraction),
    ];

    /// <summary>Sum of a power column over the year as energy [kWh].</summary>
    /// <remarks>Summed in four interleaved scalar partial sums (fixed order), then the remainder: the evaluation sums some
    /// thirty columns, and one running sum is bound by the latency of its additions.
    /// Differs from a left-to-right sum by round-off only (≈ 10⁻¹⁵ relative).</remarks>
    public double EnergyKwh(double[] powerKw)
    {
        ArgumentNullException.ThrowIfNull(powerKw);
        return Sum(powerKw) * Grid.StepHours;
    }

    // Four scalar running sums, combined in a fixed order: as fast as the vector form for a year of intervals, and the same
    // to the last bit in every JIT tier (a Vector256 sum differed between tier-0 and tier-1 code in its last bit, so a mine
    // screened early in a process and the same mine screened later stored different KPIs).
    private static double Sum(double[] values)
    {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i <= values.Length - 4; i += 4)
        {
            s0 += values[i];
            s1 += values[i + 1];
            s2 += values[i + 2];
            s3 += values[i + 3];
        }
        double sum = (s0 + s1) + (s2 + s3);
        for (; i < values.Length; i++)
            sum += values[i];
        return sum;
    }

    /// <summary>Total electric load on the bus at interval <paramref name="i"/> [kW], storage excluded.</summary>
    /// <param name="i">Interval index.</param>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public double LoadKw(int i) => LoadKw(i, DewateringKw[i]);

    /// <summary><see cref="LoadKw(int)"/> with the dewatering load given [kW] (the bus knows it before it is written), summed in
    /// the same order, so the value is the same to the last bit.</summary>
    /// <param name="i">Interval index.</param>
    /// <param name="dewateringKw">Dewatering load at interval <paramref name="i"/> [kW].</param>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal double LoadKw(int i, double dewateringKw) =>
        LightingKw[i] + HeatPumpElectricityKw[i] + CirculationPumpKw[i] + OtherLoadKw[i] + dewateringKw + WaterTreatmentKw[i];
}
