using BenchmarkDotNet.Attributes;
using MineRose.Core.Economics;
using MineRose.Core.Grid;
using MineRose.Core.Park;
using MineRose.Core.Pv;
using MineRose.Core.Time;
using MineRose.Core.Weather;
using MineRose.IO.Results;

namespace MineRose.Benchmarks;

/// <summary>Evaluating an hourly park year (KPIs, carbon, finance, water) and writing hourly.csv and summary.json.</summary>
[MemoryDiagnoser]
public class ParkEvaluationBenchmarks
{
    private ParkYear _year = null!;
    private ParkResult _result = null!;

    [GlobalSetup]
    public void Setup()
    {
        var design = new ParkDesign
        {
            Name = "bench",
            Site = Site.Dakuishan,
            PvPlants = [new PvPlant("field", new PvArraySpec { DcCapacityKw = 11_300 })],
            GridConnection = new GridConnection { ImportLimitKw = 20_000, ExportLimitKw = 20_000 },
            Tariff = new ElectricityTariff { Import = new FlatTariff { EnergyPriceCnyPerKwh = 0.6 }, Export = ExportPrice.Flat(0.4), UtcOffsetHours = 8 },
            Economics = new ParkEconomics { DiscountRate = DiscountRate.Real(0.065) },
        };
        var ledger = new ParkLedger(TimeGrid.Hourly(new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc), 8760));
        for (int i = 0; i < 8760; i++)
        {
            double pv = Math.Max(0, 9_000 * Math.Sin(Math.PI * ((i % 24) - 6) / 12.0));
            ledger.PvAcKw[i] = pv;
            ledger.OtherLoadKw[i] = 1_500;
            ledger.HeatPumpHeatKw[i] = 3_000;
            ledger.HeatPumpElectricityKw[i] = 800;
            double net = 2_300 - pv;
            ledger.GridImportKw[i] = Math.Max(0, net);
            ledger.GridExportKw[i] = Math.Max(0, -net);
            ledger.ImportPriceCnyPerKwh[i] = 0.6;
            ledger.ExportPriceCnyPerKwh[i] = 0.4;
        }

        var bill = design.Tariff.Bill(ledger.Grid, ledger.GridImportKw, ledger.GridExportKw);
        var load = new double[8760];
        Array.Fill(load, 2_300);
        var baseline = design.Tariff.Bill(ledger.Grid, load, new double[8760]);
        _year = new ParkYear(design, "bench", ledger, bill, baseline, null, 0, 0, 0, 0, null, 0, 0, 0, []);
        _result = ParkEvaluation.Evaluate(_year);
    }

    /// <summary>All KPIs, carbon, cash flows and water of a year.</summary>
    [Benchmark]
    public double Evaluate() => ParkEvaluation.Evaluate(_year).Kpis.Count;

    /// <summary>hourly.csv of a year, 36 columns.</summary>
    [Benchmark]
    public int WriteHourlyCsv()
    {
        using var writer = new StreamWriter(Stream.Null);
        HourlyCsvWriter.Write(writer, _year.Ledger);
        return 0;
    }

    /// <summary>summary.json of a year.</summary>
    [Benchmark]
    public int WriteSummaryJson()
    {
        using var writer = new StringWriter();
        SummaryJsonWriter.Write(writer, _result);
        return writer.GetStringBuilder().Length;
    }
}
