using System.Globalization;
using MineRose.Core.Park;

namespace MineRose.IO.Results;

/// <summary>Writes a park ledger as <c>hourly.csv</c>: a <c>time_utc</c> column, then one column per ledger flow in the order
/// and with the names of <see cref="ParkLedger.Columns"/>.</summary>
/// <remarks><c>time_utc</c> is the interval START in ISO 8601 UTC; values are interval averages (powers [kW], prices) or
/// interval totals (water [m³]) or end-of-interval states, as the column name and <see cref="ParkLedger"/> say. Numbers are
/// written in the invariant culture, shortest round-trip form; a non-finite value is written as an empty field. One row
/// buffer is reused for the whole file.</remarks>
public static class HourlyCsvWriter
{
    /// <summary>Name of the time column.</summary>
    public const string TimeColumn = "time_utc";

    /// <summary>The header row for a ledger.</summary>
    /// <param name="ledger">The ledger.</param>
    public static string Header(ParkLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        return TimeColumn + "," + string.Join(',', ledger.Columns.Select(c => c.Name));
    }

    /// <summary>Writes the header and one row per interval.</summary>
    /// <param name="writer">Destination.</param>
    /// <param name="ledger">The ledger.</param>
    public static void Write(TextWriter writer, ParkLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(ledger);
        var columns = ledger.Columns.Select(c => c.Values).ToArray();
        writer.Write(Header(ledger));
        writer.Write('\n');
        var grid = ledger.Grid;
        // 20 characters for the time, at most 32 per number with its comma, and the newline.
        var row = new char[24 + 32 * columns.Length];
        for (int i = 0; i < grid.Count; i++)
        {
            grid.StartOf(i).TryFormat(row, out int pos, "yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
            foreach (var column in columns)
            {
                row[pos++] = ',';
                double v = column[i];
                if (double.IsFinite(v))
                {
                    v.TryFormat(row.AsSpan(pos), out int written, default, CultureInfo.InvariantCulture);
                    pos += written;
                }
            }

            row[pos++] = '\n';
            writer.Write(row, 0, pos);
        }
    }
}
