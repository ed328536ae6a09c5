using MineRose.Core.Crops;
using MineRose.Core.Greenhouse;
using MineRose.Core.Grid;
using MineRose.Core.Heat;
using MineRose.Core.Pv;
using MineRose.Core.Solar;
using MineRose.Core.Storage;
using MineRose.Core.Weather;

namespace MineRose.Core.Park;

/// <summary>Steps every asset of a park through one year (or several in turn, <see cref="SimulateYears"/>) on the weather's time grid with a rule-based dispatch, writing
/// every flow into one <see cref="ParkLedger"/>.</summary>
/// <remarks>
/// Per interval, in this order: PV (the whole chain, computed for the year up front); the greenhouses' heat balance at
/// their set-points, which gives heating, cooling and lighting demand; the mine-water heat pumps (and backup boiler) try to
/// meet it, and where they fall short the greenhouse is stepped again with the heat actually supplied, so its temperature
/// drifts and the shortfall is reported as unserved; other loads, water treatment and dewatering; storage by the
/// dispatch strategy (battery first, then the shaft storage); and the grid takes the rest within the connection limits,
/// curtailing PV or leaving demand unserved beyond them. Nothing is hidden: every flow and the bus residual are in the
/// ledger. Heating and cooling in the same interval share one heat-pump plant without a capacity split (rare in an hour).
/// </remarks>
public static class ParkSimulator
{
    /// <summary>Simulates one year of <paramref name="design"/> on <paramref name="weather"/>: operating year 1, new plant,
    /// storage half full, mine water at its undisturbed temperature.</summary>
    /// <param name="design">The park (validated here).</param>
    /// <param name="weather">Weather on the simulation grid, at the park's site or nearby.</param>
    /// <param name="sun">Sun positions for the park's site on the weather's grid, or null to compute them.</param>
    public static ParkYear SimulateYear(ParkDesign design, WeatherSeries weather, SunPath? sun = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(weather);
        design.Validated();
        sun ??= PvChain.SunPathFor(SolarEphemeris.For(weather.Grid), design.Site, weather);
        return RunYear(design, weather, sun, TariffOn(design.Tariff, weather.Grid), 1, null).Year;
    }

    /// <summary>Simulates one year of <paramref name="design"/> like <see cref="SimulateYear(ParkDesign, WeatherSeries, SunPath?)"/>,
    /// writing into <paramref name="ledger"/> (cleared first) instead of a new ledger.</summary>
    /// <remarks>For callers that evaluate each year and drop it before simulating the next (screening thousands of mines):
    /// the returned year's <see cref="ParkYear.Ledger"/> is <paramref name="ledger"/>, so it changes when the ledger is reused;
    /// a year allocates then about 0.1 MB instead of 2.6 MB. The results are identical to a fresh ledger's.</remarks>
    /// <param name="design">The park (validated here).</param>
    /// <param name="weather">Weather on the simulation grid.</param>
    /// <param name="sun">Sun positions for the park's site on the weather's grid.</param>
    /// <param name="ledger">A ledger on the weather's grid, overwritten.</param>
    /// <param name="memo">Greenhouse-and-heat blocks shared with other parks (<see cref="GreenhouseHeatMemo"/>), or null to step
    /// the block as every other overload does; the results are the same to the last bit.</param>
    public static ParkYear SimulateYear(ParkDesign design, WeatherSeries weather, SunPath sun, ParkLedger ledger, GreenhouseHeatMemo? memo = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(weather);
        ArgumentNullException.ThrowIfNull(sun);
        ArgumentNullException.ThrowIfNull(ledger);
        design.Validated();
        if (!ledger.Grid.Equals(weather.Grid))
            throw new InvalidInputException("ledger.Grid", ledger.Grid.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " intervals",
                "the weather's time grid");
        return RunYear(design, weather, sun, TariffOn(design.Tariff, weather.Grid), 1, null, null, ledger, memo).Year;
    }

    /// <summary>Simulates one year of <paramref name="design"/> with the storage powers of <paramref name="plan"/> asked of the
    /// battery and the shaft storage in place of the rule-based dispatch (each store still enforces its own limits), the
    /// greenhouse heated to the plan's set-point offsets and its lamps switched as the plan commands, if it does.</summary>
    /// <param name="design">The park (validated here).</param>
    /// <param name="weather">Weather on the simulation grid.</param>
    /// <param name="plan">Storage powers per interval, one per interval of the weather's grid.</param>
    /// <param name="sun">Sun positions for the park's site on the weather's grid, or null to compute them.</param>
    public static ParkYear SimulateYear(ParkDesign design, WeatherSeries weather, DispatchPlan plan, SunPath? sun = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(weather);
        ArgumentNullException.ThrowIfNull(plan);
        design.Validated();
        plan.Validated(weather.Count);
        sun ??= PvChain.SunPathFor(SolarEphemeris.For(weather.Grid), design.Site, weather);
        return RunYear(design, weather, sun, TariffOn(design.Tariff, weather.Grid), 1, null, plan).Year;
    }

    /// <summary>Simulates operating years 1..<paramref name="years"/> of <paramref name="design"/> on the same weather year,
    /// each starting from the state the previous one ended in.</summary>
    /// <remarks>
    /// Year t runs the PV chain with <see cref="PvChainOptions.YearIndex"/> = t − 1 (linear degradation [55]); the battery
    /// keeps its charge and throughput, so its capacity fades with cycling [88] (a battery is replaced new, as the cash flow
    /// replaces it, in operating years 1 + k·<see cref="ParkEconomics.BatteryLifetimeYears"/>); the shaft reservoirs, the
    /// greenhouse climate and the lumped mine-water reservoir (drawdown, when <see cref="Heat.MineWaterSource.ReservoirVolumeM3"/>
    /// is set [86]) carry over from the previous year's last interval. Prices stay real (year-1 tariff every year): price
    /// escalation is the cash flow's (<see cref="Economics.Escalation"/>). The sun path and the tariff series are computed
    /// once and shared by every year.
    /// </remarks>
    /// <param name="design">The park (validated here).</param>
    /// <param name="weather">Weather on the simulation grid, repeated every year.</param>
    /// <param name="years">Number of operating years to simulate N [yr], 1 ≤ N ≤ <see cref="ParkDesign.ProjectLifeYears"/>.</param>
    /// <param name="progress">Receives the number of years finished after each year, or null.</param>
    /// <param name="sun">Sun positions for the park's site on the weather's grid, or null to compute them.</param>
    /// <returns>The N simulated years, operating year 1 first.</returns>
    public static IReadOnlyList<ParkYear> SimulateYears(ParkDesign design, WeatherSeries weather, int years, IProgress<int>? progress = null, SunPath? sun = null)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(weather);
        design.Validated();
        Guard.InRange(years, 1, design.ProjectLifeYears, "simulated_years");
        sun ??= PvChain.SunPathFor(SolarEphemeris.For(weather.Grid), design.Site, weather);
        var tariff = TariffOn(design.Tariff, weather.Grid);
        var result = new ParkYear[years];
        CarryOver? state = null;
        for (int t = 1; t <= years; t++)
        {
            (result[t - 1], var end) = RunYear(design, weather, sun, tariff, t, state);
            state = end;
            progress?.Report(t);
        }

        return result;
    }

    private static (ParkYear Year, CarryOver End) RunYear(ParkDesign design, WeatherSeries weather, SunPath sun, TariffSeries tariff,
        int operatingYear, CarryOver? start, DispatchPlan? plan = null, ParkLedger? ledger = null, GreenhouseHeatMemo? memo = null)
    {
        // The block is a function of weather, houses and heat plant only in year 1 (no carried state) without a replayed plan.
        var run = new Run(design, weather, sun, tariff, operatingYear, start, ledger, plan is null && start is null ? memo : null) { Plan = plan };
        for (int i = 0; i < weather.Count; i++)
            run.Step(i);
        return (run.Finish(), run.EndState());
    }

    // The tariff's series on a grid depends on the (immutable) tariff and the grid alone: the last one is kept per thread, so
    // a screening thread that simulates mine after mine under one tariff builds it once.
    [ThreadStatic]
    private static (ElectricityTariff Tariff, TariffSeries Series)? lastTariff;

    private static TariffSeries TariffOn(ElectricityTariff tariff, Time.TimeGrid grid)
    {
        if (lastTariff is { } last && ReferenceEquals(last.Tariff, tariff) && last.Series.Grid.Equals(grid))
            return last.Series;
        var series = tariff.On(grid);
        lastTariff = (tariff, series);
        return series;
    }

    /// <summary>The states one year hands to the next.</summary>
    private readonly record struct CarryOver(
        GreenhouseState Greenhouse, BatteryState Battery, ShaftPumpedHydroState Hydro, MineWaterReservoirState MineWater);

    /// <summary>Work arrays of a run that no result keeps, reused by the next run on the same thread: a year allocates its
    /// ledger and nothing else of interval length (runs on one thread are sequential: each finishes before the next starts).</summary>
    private sealed class Scratch
    {
        [ThreadStatic]
        private static Scratch? current;

        private Scratch(int count)
        {
            GroundGlobalWm2 = new double[count];
            InsideCo2Ppm = new double[count];
            BaselineImportKw = new double[count];
            Zeros = new double[count];
        }

        public PvHourlySeries? SecondPv { get; set; }
        public double[] GroundGlobalWm2 { get; }
        public double[] InsideCo2Ppm { get; }
        public double[] BaselineImportKw { get; }
        // Never written: the baseline's (absent) export.
        public double[] Zeros { get; }

        public static Scratch For(int count) =>
            current is { } s && s.Zeros.Length == count ? s : current = new Scratch(count);
    }

    /// <summary>The state of one simulation run: assets, their states and the ledger being written.</summary>
    private sealed class Run
    {
        private const double Epsilon = 1e-9;
        private readonly ParkDesign design;
        private readonly WeatherSeries weather;
        private readonly ParkLedger ledger;
        private readonly double stepH;
        private readonly TariffSeries tariff;
        private readonly GreenhouseWeatherSeries? outside;
        private readonly MineWaterHeatPump? heatPump;
        private readonly Battery? battery;
        private readonly ShaftPumpedHydro? hydro;
        private readonly double hydroInflowM3h;
        private readonly int operatingYear;
        private readonly double[] groundGlobalWm2;
        private readonly double[] insideCo2Ppm;
        private readonly Scratch scratch;
        private readonly List<string> warnings = [];
        private GreenhouseState greenhouseState;
        private BatteryState batteryState;
        private ShaftPumpedHydroState hydroState;
        // The reservoirs' table slices where the last shaft step left the surfaces (ShaftPumpedHydro.StepUnchecked).
        private int upperSlice = -1, lowerSlice = -1;
        private MineWaterReservoirState mineWaterState;
        private double greenhouseTranspirationKgM2;
        // Greenhouse specs with shifted heating set-points, by offset [K], for a replayed plan; null otherwise.
        private Dictionary<double, GreenhouseSpec>? shiftedSpecs;
        // Greenhouse-and-heat blocks shared between parks, and the block this run copied from it (then StepGreenhouse does nothing).
        private readonly GreenhouseHeatMemo? memo;
        private readonly GreenhouseHeatMemo.Block? keptBlock;

        /// <summary>Storage powers to replay instead of the rule-based dispatch, or null.</summary>
        public DispatchPlan? Plan { get; init; }

        public Run(ParkDesign design, WeatherSeries weather, SunPath sun, TariffSeries tariff, int operatingYear, CarryOver? start, ParkLedger? reused,
            GreenhouseHeatMemo? memo)
        {
            this.design = design;
            this.weather = weather;
            this.tariff = tariff;
            this.operatingYear = operatingYear;
            // Not zeroed: ClearWhatIsNotWritten below zeroes the series this design leaves alone, the rest are overwritten whole.
            ledger = reused ?? ParkLedger.Unzeroed(weather.Grid);
            stepH = weather.Grid.StepHours;
            tariff.ImportPriceCnyPerKwh.CopyTo(ledger.ImportPriceCnyPerKwh);
            tariff.ExportPriceCnyPerKwh.CopyTo(ledger.ExportPriceCnyPerKwh);
            scratch = Scratch.For(weather.Count);
            groundGlobalWm2 = scratch.GroundGlobalWm2;
            insideCo2Ppm = scratch.InsideCo2Ppm;
            // Read only with PV (ground light, written whole by RunPv) or with greenhouses (written every step); cleared for the rest.
            if (design.PvPlants.Count == 0)
                Array.Clear(groundGlobalWm2);
            RunPv(sun);
            if (design.Greenhouses is { } houses)
            {
                outside = new GreenhouseWeatherSeries(weather);
                greenhouseState = start?.Greenhouse ?? GreenhouseState.Uniform(houses.House.SetPoints.HeatingNightC);
            }
            if (design.Heat is { } heat)
            {
                heatPump = new MineWaterHeatPump(heat.HeatPump, heat.Source);
                mineWaterState = start?.MineWater ?? heat.Source.InitialState;
            }
            if (design.Battery is { } b)
            {
                battery = new Battery(b);
                // The cash flow buys a new battery after each lifetime; the simulation installs it at the same time.
                bool replaced = (operatingYear - 1) % design.Economics.BatteryLifetimeYears == 0;
                batteryState = start is { } s && !replaced ? s.Battery : battery.InitialState(0.5);
            }
            if (design.PumpedHydro is { } ph)
            {
                // Flow fraction interpolated, not iterated: annual energy within 0.01 % of the full model (FlowFractionTable).
                hydro = ShaftPumpedHydro.Tabulated(ph);
                hydroInflowM3h = ph.MineWaterInflowM3h;
                warnings.AddRange(hydro.Warnings);
                hydroState = start?.Hydro ?? hydro.StateAtFill(0.5);
            }
            ClearWhatIsNotWritten();
            if (memo is not null && design.Greenhouses is { } h && design.Heat is { } plant)
            {
                this.memo = memo;
                keptBlock = memo.Find(weather, h, plant);
                if (keptBlock is not null)
                    CopyBlock(keptBlock);
            }
        }

        /// <summary>The ledger series StepGreenhouse writes at every interval, in the order a <see cref="GreenhouseHeatMemo.Block"/>
        /// keeps them (and a copied block writes them whole).</summary>
        private double[][] BlockSeries()
        {
            var l = ledger;
            return [l.HeatingDemandKw, l.HeatPumpHeatKw, l.BoilerHeatKw, l.UnservedHeatingKw, l.CoolingDemandKw, l.FreeCoolingKw,
                l.HeatPumpCoolingKw, l.UnservedCoolingKw, l.HeatPumpElectricityKw, l.CirculationPumpKw, l.HeatPumpWaterFlowM3h,
                l.LightingKw, l.GreenhouseTemperatureC, l.CanopyParUmolM2s, l.TranspirationKgM2H];
        }

        private void CopyBlock(GreenhouseHeatMemo.Block block)
        {
            var series = BlockSeries();
            for (int k = 0; k < series.Length; k++)
                block.Series[k].CopyTo(series[k], 0);
            block.InsideCo2Ppm.CopyTo(insideCo2Ppm, 0);
            greenhouseTranspirationKgM2 = block.TranspirationKgM2;
            greenhouseState = block.EndGreenhouse;
            mineWaterState = block.EndMineWater;
        }

        /// <summary>Hands the block this run stepped to the memo (copies: the ledger and the scratch arrays are reused).</summary>
        private void KeepBlock()
        {
            if (memo is null || keptBlock is not null)
                return;
            var series = Array.ConvertAll(BlockSeries(), a => (double[])a.Clone());
            memo.Keep(weather, design.Greenhouses!, design.Heat!,
                new GreenhouseHeatMemo.Block(series, (double[])insideCo2Ppm.Clone(), greenhouseTranspirationKgM2, greenhouseState, mineWaterState));
        }

        // Every series the run writes at every interval before anything reads it; ParkLedger.ClearAllBut zeroes all others
        // (a series added to the ledger later is zeroed unless it is named here).
        private void ClearWhatIsNotWritten()
        {
            var l = ledger;
            List<double[]> written =
            [
                l.OtherLoadKw, l.MineWaterInflowM3, l.DewateredWaterM3, l.BatteryChargeKw, l.BatteryDischargeKw, l.PumpedHydroPumpKw,
                l.PumpedHydroGenerateKw, l.GridImportKw, l.GridExportKw, l.UnservedElectricKw, l.CurtailedKw, l.ElectricResidualKw,
                l.ImportPriceCnyPerKwh, l.ExportPriceCnyPerKwh,
            ];
            // With shaft storage the dewatering load is written after the bus has first read the load without it (so it must start at 0).
            if (hydro is null)
                written.Add(l.DewateringKw);
            else
                written.AddRange([l.UpperReservoirVolumeM3, l.LowerReservoirVolumeM3]);
            if (design.PvPlants.Count > 0)
                written.AddRange([l.PvAcKw, l.GroundParFraction]);
            if (outside is not null)
            {
                written.AddRange(BlockSeries());
                written.Add(l.WaterTreatmentKw);
            }
            if (battery is not null)
                written.Add(l.BatteryStateOfCharge);
            l.ClearAllBut(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(written));
        }

        /// <summary>The states at the end of the last interval, for the next year.</summary>
        public CarryOver EndState() => new(greenhouseState, batteryState, hydroState, mineWaterState);

        private void RunPv(SunPath sun)
        {
            if (design.PvPlants.Count == 0)
                return;
            // The first field's plane (effective irradiance, cell temperature, ground light) comes from PvChain.PlaneOf, kept per
            // thread for the last plane; every field on that plane takes only its DC and inverter steps from it (bit-identical to
            // running its own chain: PvChain.SetAcPowerOnSamePlane, AddAcPowerOnSamePlane).
            var options = PvChainOptions.Default with { YearIndex = operatingYear - 1 };
            var first = design.PvPlants[0].Array;
            var plane = PvChain.PlaneOf(first, weather, sun, options);
            PvChain.SetAcPowerOnSamePlane(first, weather, options, plane, ledger.PvAcKw);
            plane.GroundGlobalWm2.CopyTo(groundGlobalWm2, 0);
            plane.GroundParFraction.CopyTo(ledger.GroundParFraction, 0);
            for (int p = 1; p < design.PvPlants.Count; p++)
            {
                var array = design.PvPlants[p].Array;
                if (PvChain.SharesIrradiance(first, array))
                {
                    PvChain.AddAcPowerOnSamePlane(array, weather, options, plane, ledger.PvAcKw);
                    continue;
                }
                // One scratch series for every field on another plane: the chain overwrites each interval (night included).
                var other = scratch.SecondPv ??= new PvHourlySeries(weather.Count);
                PvChain.Run(array, weather, sun, options, other);
                for (int i = 0; i < weather.Count; i++)
                    ledger.PvAcKw[i] += other.AcPowerKw[i];
            }
        }

        public void Step(int i)
        {
            StepGreenhouse(i);
            StepLoads(i);
            StepStorageAndGrid(i);
        }

        private void StepGreenhouse(int i)
        {
            if (design.Greenhouses is not { } houses || outside is null || keptBlock is not null)
                return;
            var heat = design.Heat!;
            var spec = Plan is { HeatingSetPointOffsetK.Length: > 0 } plan ? ShiftedSpec(houses.House, plan.HeatingSetPointOffsetK[i]) : houses.House;
            var outsideNow = outside.At(i);
            bool? lamps = Plan is { LampsOn.Length: > 0 } lampPlan ? lampPlan.LampsOn[i] : null;
            var atSetPoints = GreenhouseClimate.StepUnchecked(spec, greenhouseState, outsideNow, stepH, double.PositiveInfinity, double.PositiveInfinity, lamps);
            double sourceC = mineWaterState.TemperatureC;
            var heating = heatPump!.Heat(atSetPoints.HeatingDemandKw, heat.HeatingSupplyTemperatureC, sourceC);
            double boilerKw = Math.Min(heat.BackupBoilerKw, Math.Max(0, atSetPoints.HeatingDemandKw - heating.DeliveredKw));
            var cooling = heatPump.Cool(atSetPoints.CoolingDemandKw, heat.ChilledWaterTemperatureC, heat.CoolingLoopReturnTemperatureC, sourceC);

            double heatSuppliedKw = heating.DeliveredKw + boilerKw;
            bool shortOfHeat = atSetPoints.HeatingDemandKw - heatSuppliedKw > Epsilon;
            bool shortOfCold = atSetPoints.CoolingDemandKw - cooling.DeliveredKw > Epsilon;
            // Short of supply: the same hour again with the heat actually supplied, its iteration started from the first call's
            // converged VPD, ventilation and coil mode (the second call differs only in the supply).
            var actual = shortOfHeat || shortOfCold
                ? GreenhouseClimate.StepUnchecked(spec, greenhouseState with { Guess = atSetPoints.Next.Guess }, outsideNow, stepH, heatSuppliedKw, cooling.DeliveredKw, lamps)
                : atSetPoints;
            greenhouseState = actual.Next;
            mineWaterState = heat.Source.Drawdown(mineWaterState, heating.HeatFromWaterKw + cooling.HeatFromWaterKw, stepH);

            ledger.HeatingDemandKw[i] = atSetPoints.HeatingDemandKw;
            ledger.HeatPumpHeatKw[i] = heating.DeliveredKw;
            ledger.BoilerHeatKw[i] = boilerKw;
            ledger.UnservedHeatingKw[i] = Math.Max(0, atSetPoints.HeatingDemandKw - heatSuppliedKw);
            ledger.CoolingDemandKw[i] = atSetPoints.CoolingDemandKw;
            ledger.FreeCoolingKw[i] = cooling.FreeCoolingKw;
            ledger.HeatPumpCoolingKw[i] = cooling.DeliveredKw - cooling.FreeCoolingKw;
            ledger.UnservedCoolingKw[i] = Math.Max(0, atSetPoints.CoolingDemandKw - cooling.DeliveredKw);
            ledger.HeatPumpElectricityKw[i] = heating.CompressorElectricityKw + cooling.CompressorElectricityKw;
            ledger.CirculationPumpKw[i] = heating.PumpElectricityKw + cooling.PumpElectricityKw;
            ledger.HeatPumpWaterFlowM3h[i] = heating.WaterFlowM3h + cooling.WaterFlowM3h;
            ledger.LightingKw[i] = actual.LightingPowerKw;
            ledger.GreenhouseTemperatureC[i] = actual.InsideTemperatureC;
            ledger.CanopyParUmolM2s[i] = actual.CanopyParUmolM2s;
            ledger.TranspirationKgM2H[i] = actual.TranspirationKgM2H;
            insideCo2Ppm[i] = actual.InsideCo2Ppm;
            greenhouseTranspirationKgM2 += actual.TranspirationKgM2H * stepH;
        }

        /// <summary>The greenhouse with both heating set-points raised by a planned offset (rounded to 1 mK, so that a year reuses a
        /// few hundred specs and their cached constants), kept 0.5 K below the ventilation set-point as the spec requires.</summary>
        private GreenhouseSpec ShiftedSpec(GreenhouseSpec house, double offsetK)
        {
            var sp = house.SetPoints;
            double k = Math.Min(Math.Round(offsetK, 3), sp.VentilationC - 0.5 - Math.Max(sp.HeatingDayC, sp.HeatingNightC));
            if (k == 0)
                return house;
            shiftedSpecs ??= [];
            if (!shiftedSpecs.TryGetValue(k, out var shifted))
            {
                shifted = house with { SetPoints = sp with { HeatingDayC = sp.HeatingDayC + k, HeatingNightC = sp.HeatingNightC + k } };
                shiftedSpecs[k] = shifted;
            }
            return shifted;
        }

        private void StepLoads(int i)
        {
            double localHour = outside?.LocalHourOfDay(i)
                ?? (weather.Grid.StartOf(i).AddHours(design.Site.UtcOffsetHours + stepH / 2).TimeOfDay.TotalHours);
            ledger.OtherLoadKw[i] = design.OtherLoads.At(localHour);
            if (design.Greenhouses is { } houses)
            {
                double irrigationM3 = Irrigation.GreenhouseDripM3(ledger.TranspirationKgM2H[i] * stepH, houses.House.FloorAreaM2, houses.DrainFraction);
                ledger.WaterTreatmentKw[i] = irrigationM3 * design.OtherLoads.WaterTreatmentKwhPerM3 / stepH;
            }
            if (hydro is null)
            {
                ledger.MineWaterInflowM3[i] = design.Drainage.InflowM3h * stepH;
                ledger.DewateredWaterM3[i] = ledger.MineWaterInflowM3[i];
                ledger.DewateringKw[i] = design.Drainage.PowerKw;
            }
        }

        private void StepStorageAndGrid(int i)
        {
            var l = ledger;
            double loadKw = l.LoadKw(i);
            double pvKw = l.PvAcKw[i];
            double requestKw = StorageRequestKw(i, pvKw - loadKw);

            double batteryKw = 0;
            if (battery is not null)
            {
                var b = battery.Step(batteryState, Plan is { BatteryKw.Length: > 0 } p ? p.BatteryKw[i] : requestKw, stepH);
                batteryState = b.State;
                batteryKw = b.PowerKw;
                l.BatteryStateOfCharge[i] = b.StateOfCharge;
            }
            double hydroKw = 0;
            if (hydro is not null)
            {
                // The state is the plant's own and the inflow the validated spec's: only the request is checked, as Step would.
                double hydroRequestKw = Plan is { PumpedHydroKw.Length: > 0 } p ? p.PumpedHydroKw[i] : requestKw - batteryKw;
                if (!double.IsFinite(hydroRequestKw))
                    Guard.Finite(hydroRequestKw, "requestedPowerKw");
                hydroState = hydro.StepFlows(hydroState, hydroRequestKw, stepH, hydroInflowM3h, ref upperSlice, ref lowerSlice, out var h);
                hydroKw = h.GeneratedKwh / stepH - h.AbsorbedKwh / stepH;
                double dewateringKw = h.DewateringEnergyKwh / stepH;
                l.DewateringKw[i] = dewateringKw;
                l.MineWaterInflowM3[i] = h.MineWaterInflowM3;
                l.DewateredWaterM3[i] = h.DewateredWaterM3;
                l.UpperReservoirVolumeM3[i] = hydroState.UpperVolumeM3;
                l.LowerReservoirVolumeM3[i] = hydroState.LowerVolumeM3;
                loadKw = l.LoadKw(i, dewateringKw);
            }
            double dischargeKw = Math.Max(0, batteryKw), chargeKw = Math.Max(0, -batteryKw);
            double generateKw = Math.Max(0, hydroKw), pumpKw = Math.Max(0, -hydroKw);
            l.BatteryDischargeKw[i] = dischargeKw;
            l.BatteryChargeKw[i] = chargeKw;
            l.PumpedHydroGenerateKw[i] = generateKw;
            l.PumpedHydroPumpKw[i] = pumpKw;

            var exchange = design.GridConnection.Exchange(loadKw - pvKw - batteryKw - hydroKw);
            l.GridImportKw[i] = exchange.ImportKw;
            l.GridExportKw[i] = exchange.ExportKw;
            l.UnservedElectricKw[i] = exchange.UnservedKw;
            l.CurtailedKw[i] = exchange.CurtailedKw;
            l.ElectricResidualKw[i] = pvKw + exchange.ImportKw + dischargeKw + generateKw
                + exchange.UnservedKw - loadKw - chargeKw - pumpKw - exchange.ExportKw - exchange.CurtailedKw;
        }

        /// <summary>Power asked of the storage [kW]: positive discharge, negative charge.</summary>
        private double StorageRequestKw(int i, double surplusKw)
        {
            if (design.Dispatch == DispatchStrategy.TimeOfUseArbitrage)
            {
                var period = tariff.Periods[i];
                if (period is TariffPeriod.Valley or TariffPeriod.DeepValley)
                    return -Math.Max(0, design.GridConnection.ImportLimitKw + surplusKw);
                // At the peak the store serves the park's own deficit: exporting stored grid energy would earn the export
                // price (in Shandong far below the peak import price), so it would lose money and only add storage losses.
                if (period is TariffPeriod.Peak or TariffPeriod.CriticalPeak)
                    return Math.Max(0, -surplusKw);
            }
            return -surplusKw;
        }

        public ParkYear Finish()
        {
            KeepBlock();
            var bill = tariff.Bill(ledger.GridImportKw, ledger.GridExportKw);
            var baselineImport = scratch.BaselineImportKw;
            for (int i = 0; i < baselineImport.Length; i++)
                baselineImport[i] = ledger.LoadKw(i);
            var baselineBill = tariff.Bill(baselineImport, scratch.Zeros);

            RoseYieldResult? roses = null;
            double roseStems = 0, greenhouseIrrigationM3 = 0;
            LabourResult? labour = null;
            if (design.Greenhouses is { } houses)
            {
                roses = RoseYield.LightUseEfficiency(ledger.CanopyParUmolM2s, ledger.GreenhouseTemperatureC, insideCo2Ppm, stepH, houses.Crop);
                roseStems = roses.StemsPerM2PerYear * houses.House.FloorAreaM2;
                greenhouseIrrigationM3 = Irrigation.GreenhouseDripM3(greenhouseTranspirationKgM2, houses.House.FloorAreaM2, houses.DrainFraction);
                labour = Labour.Jobs(houses.House.FloorAreaM2, roseStems, LabourSpec.For(houses.HouseType));
            }
            var (outdoorStems, outdoorIrrigationM3) = OutdoorFlowers();
            return new ParkYear(design, weather.Source, ledger, bill, baselineBill, roses, roseStems, outdoorStems,
                greenhouseIrrigationM3, outdoorIrrigationM3, labour,
                hydro?.UsableEnergyKwh ?? 0, hydro?.RatedGeneratingPowerKw ?? 0, hydro?.RoundTripEfficiency ?? 0, warnings)
            {
                OperatingYear = operatingYear,
                BatteryCapacityKwh = battery?.CapacityKwh(batteryState) ?? 0,
                MineWaterTemperatureC = design.Heat is null ? double.NaN : mineWaterState.TemperatureC,
            };
        }

        private (double Stems, double IrrigationM3) OutdoorFlowers()
        {
            if (design.OutdoorFlowers is not { } field)
                return (0, 0);
            var (open, openWaterM3) = OpenField(field);
            var underPv = OutdoorFlowerYield.RadiationUseEfficiency(groundGlobalWm2, weather.TempAirC, stepH, field.Crop);
            double stems = open.StemsPerM2 * field.OpenAreaM2 + underPv.StemsPerM2 * field.UnderPvAreaM2;
            double water = openWaterM3
                + Irrigation.OutdoorDripM3(groundGlobalWm2, weather.TempAirC, stepH, field.UnderPvAreaM2, 1.0, field.EffectiveRainfallMm);
            return (stems, water);
        }

        // The open field's yield and water depend on the weather and the (immutable) field alone, not on the park's PV: kept for
        // the last pair on this thread, so a park simulated year after year on one weather year computes them once.
        [ThreadStatic]
        private static (WeatherSeries Weather, OutdoorFlowerField Field, OutdoorFlowerYieldResult Yield, double WaterM3)? lastOpenField;

        private (OutdoorFlowerYieldResult Yield, double WaterM3) OpenField(OutdoorFlowerField field)
        {
            if (lastOpenField is { } last && ReferenceEquals(last.Weather, weather) && ReferenceEquals(last.Field, field))
                return (last.Yield, last.WaterM3);
            var open = OutdoorFlowerYield.RadiationUseEfficiency(weather.GhiWm2, weather.TempAirC, stepH, field.Crop);
            double water = Irrigation.OutdoorDripM3(weather.GhiWm2, weather.TempAirC, stepH, field.OpenAreaM2, 1.0, field.EffectiveRainfallMm);
            lastOpenField = (weather, field, open, water);
            return (open, water);
        }
    }
}
