using BenchmarkDotNet.Attributes;
using MineRose.Core.Grid;
using MineRose.Core.Time;

namespace MineRose.Benchmarks;

/// <summary>A year of hourly Shandong time-of-use prices and bills: evaluating the tariff on a grid, refilling a price array, billing a load.</summary>
[MemoryDiagnoser]
public class TariffBenchmarks
{
    private const int Hours = 8760;
    private readonly TimeGrid _grid = TimeGrid.Hourly(new DateTime(2024, 12, 31, 16, 0, 0, DateTimeKind.Utc), Hours);
    private readonly double[] _importPriceCnyPerKwh = new double[Hours];
    private readonly double[] _importKw = new double[Hours];
    private readonly double[] _exportKw = new double[Hours];
    private ElectricityTariff _tariff = null!;
    private TariffSeries _series = null!;

    [GlobalSetup]
    public void Setup()
    {
        _tariff = new ElectricityTariff
        {
            Import = ShandongTimeOfUse.Tariff2025(0.42, [new Surcharge("transmission and distribution", 0.17), new Surcharge("government funds", 0.03)]),
            Export = ExportPrice.ShandongPvMechanism2025,
            Demand = new DemandCharge { CnyPerKwMonth = 38.0 },
            Capacity = new CapacityCharge { CnyPerKvaMonth = 23.0, ContractedKva = 2000.0 },
            UtcOffsetHours = 8.0,
        }.Validated();
        _series = _tariff.On(_grid);
        for (int h = 0; h < Hours; h++)
        {
            int hour = (h + 8) % 24;
            // A park with midday PV surplus: imports at night and in the evening, exports around noon.
            _importKw[h] = hour is >= 10 and < 15 ? 0.0 : 800.0 + 200.0 * Math.Sin(h * 0.01);
            _exportKw[h] = hour is >= 10 and < 15 ? 1500.0 : 0.0;
        }
    }

    [Benchmark]
    public TariffSeries EvaluateTariffOnAYearGrid() => _tariff.On(_grid);

    [Benchmark]
    public double FillAYearOfImportPrices()
    {
        _tariff.FillImportPrices(_grid, _importPriceCnyPerKwh);
        return _importPriceCnyPerKwh[^1];
    }

    [Benchmark]
    public double BillAYear() => _series.Bill(_importKw, _exportKw).NetCostCny;
}
