using System.Globalization;
using System.Text.Json;
using MineRose.Core.Economics;
using MineRose.Core.Grid;
using MineRose.Core.Park;
using MineRose.Core.Pv;
using MineRose.Core.Time;
using MineRose.Core.Weather;
using MineRose.IO.Results;

namespace MineRose.IO.Tests.Results;

public class ResultWritersTests
{
    private static ParkResult PvOnly(int hours = 48)
    {
        var design = new ParkDesign
        {
            Name = "PV only",
            Site = Site.Dakuishan,
            ProjectLifeYears = 10,
            PvPlants = [new PvPlant("field", new PvArraySpec { DcCapacityKw = 1000, AnnualDegradationPerYear = 0 })],
            GridConnection = new GridConnection { ImportLimitKw = 10_000, ExportLimitKw = 10_000 },
            Tariff = new ElectricityTariff { Import = new FlatTariff { EnergyPriceCnyPerKwh = 0.6 }, Export = ExportPrice.Flat(0.4), UtcOffsetHours = 8 },
            Economics = new ParkEconomics { PvCapexCnyPerKw = 0, DiscountRate = DiscountRate.Real(0.06) },
        };
        var ledger = new ParkLedger(TimeGrid.Hourly(new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc), hours));
        for (int i = 0; i < hours; i++)
        {
            double pv = i % 24 is >= 8 and < 16 ? 500.125 : 0;
            ledger.PvAcKw[i] = pv;
            ledger.GridExportKw[i] = pv;
            ledger.ExportPriceCnyPerKwh[i] = 0.4;
            ledger.ImportPriceCnyPerKwh[i] = 0.6;
        }

        var bill = design.Tariff.Bill(ledger.Grid, ledger.GridImportKw, ledger.GridExportKw);
        var none = new double[hours];
        var baseline = design.Tariff.Bill(ledger.Grid, none, none);
        var year = new ParkYear(design, "hand-built", ledger, bill, baseline, null, 0, 0, 0, 0, null, 0, 0, 0, ["a warning"]);
        return ParkEvaluation.Evaluate(year, new Dictionary<string, double> { ["pv_mw"] = 11.3, ["co2_cut_t"] = 9_400 });
    }

    [Fact]
    public void Summary_json_parses_back_with_every_contract_kpi_and_NaN_as_null()
    {
        var result = PvOnly();
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        SummaryJsonWriter.Write(text, result);
        using var doc = JsonDocument.Parse(text.ToString());
        var root = doc.RootElement;
        Assert.Equal("PV only", root.GetProperty("scenario").GetString());
        Assert.Equal("hand-built", root.GetProperty("weather").GetString());
        var kpis = root.GetProperty("kpis");
        foreach (var key in ParkEvaluation.ContractKeys)
            Assert.True(kpis.TryGetProperty(key, out _), key);
        // Every KPI written, with its value; the PV-only park's IRR does not exist (no capex) → null.
        foreach (var k in result.Kpis)
        {
            var element = kpis.GetProperty(k.Key);
            if (double.IsFinite(k.Value))
                Assert.Equal(k.Value, element.GetDouble());
            else
                Assert.Equal(JsonValueKind.Null, element.ValueKind);
        }

        Assert.Equal(JsonValueKind.Null, kpis.GetProperty("irr").ValueKind);
        // 2 days × 8 h × 500.125 kW = 8.002 MWh.
        Assert.Equal(8.002, kpis.GetProperty("pv_ac_mwh").GetDouble(), 9);
        var exports = root.GetProperty("carbon").GetProperty("exports");
        Assert.Equal(0.6410, exports.GetProperty("factor_t_per_mwh").GetDouble());
        Assert.Contains("Shandong", exports.GetProperty("factor_name").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, root.GetProperty("reconciliation").GetArrayLength());
        Assert.Equal(11.3, root.GetProperty("reconciliation")[0].GetProperty("published").GetDouble());
        Assert.Equal(11, root.GetProperty("cash_flow").GetProperty("years").GetArrayLength());
        Assert.Equal("a warning", root.GetProperty("warnings")[0].GetString());
    }

    [Fact]
    public void Hourly_csv_has_time_utc_then_the_ledger_columns_and_values_that_parse_back_exactly()
    {
        var result = PvOnly();
        var ledger = result.Year.Ledger;
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        HourlyCsvWriter.Write(text, ledger);
        var lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(49, lines.Length);
        var header = lines[0].Split(',');
        Assert.Equal("time_utc", header[0]);
        Assert.Equal(ledger.Columns.Select(c => c.Name), header.Skip(1));
        var row9 = lines[10].Split(',');
        Assert.Equal("2025-06-01T09:00:00Z", row9[0]);
        for (int c = 0; c < ledger.Columns.Count; c++)
            Assert.Equal(ledger.Columns[c].Values[9], double.Parse(row9[c + 1], CultureInfo.InvariantCulture));
        Assert.All(lines, l => Assert.Equal(header.Length, l.Split(',').Length));
    }
}
