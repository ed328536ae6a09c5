using System.Globalization;

namespace MineRose.IO.Weather;

/// <summary>The calendar stamps of a one-year hourly file, the nominal year they are placed on, and the check that they follow each other hour by hour.</summary>
/// <remarks>
/// Typical-year files (TMY3, TMYx, IWEC, PVGIS TMY) splice months from different years. The series is put on ONE
/// nominal year: the year every row shares, when all rows share one and the row count fits it (8760 rows for a
/// common year, 8784 for a leap year); otherwise 1990 for 8760 rows and 2000 for 8784 rows (both chosen because they
/// are what pvlib's readers use when they coerce a year [38]). Each row must then carry exactly the month, day and hour of
/// the row's place in that year: a skipped, repeated or misordered hour is an error on its line.
/// </remarks>
internal sealed class TypicalYearRows(int capacity)
{
    /// <summary>Nominal common (non-leap) year for a typical year of 8760 rows.</summary>
    public const int CommonYear = 1990;

    /// <summary>Nominal leap year for a typical year of 8784 rows.</summary>
    public const int LeapYear = 2000;

    private readonly int[] years = new int[capacity];
    private readonly int[] months = new int[capacity];
    private readonly int[] days = new int[capacity];
    private readonly int[] hours = new int[capacity];

    /// <summary>True if <paramref name="count"/> hourly rows make one year.</summary>
    public static bool IsYearLength(int count) => count is 8760 or 8784;

    /// <summary>Records the stamp of row <paramref name="index"/>.</summary>
    public void Set(int index, int year, int month, int day, int hour)
    {
        years[index] = year;
        months[index] = month;
        days[index] = day;
        hours[index] = hour;
    }

    /// <summary>The nominal year of the first <paramref name="count"/> rows (see remarks).</summary>
    public int NominalYear(int count)
    {
        var first = years[0];
        var shared = true;
        for (var i = 1; i < count && shared; i++)
            shared = years[i] == first;
        if (shared && first is >= 1 and <= 9998 && DateTime.IsLeapYear(first) == (count == 8784))
            return first;
        return count == 8784 ? LeapYear : CommonYear;
    }

    /// <summary>Checks that row i is hour i of <paramref name="nominalYear"/>.</summary>
    /// <param name="count">Number of rows.</param>
    /// <param name="nominalYear">The year the rows are placed on.</param>
    /// <param name="hourEnding">True if the hour field labels the END of the interval (EPW, TMY3: 1–24), false if its start (0–23).</param>
    /// <param name="lines">The file line of each row.</param>
    /// <param name="fileName">The file as the user named it.</param>
    /// <param name="dateField">Name of the date field(s), for messages.</param>
    /// <param name="hourField">Name of the hour field, for messages.</param>
    public void CheckSequence(int count, int nominalYear, bool hourEnding, int[] lines, string fileName, string dateField, string hourField)
    {
        var start = new DateTime(nominalYear, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        for (var i = 0; i < count; i++)
        {
            var expected = start.AddHours(i);
            var expectedHour = hourEnding ? expected.Hour + 1 : expected.Hour;
            if (months[i] != expected.Month || days[i] != expected.Day)
            {
                throw new InputFileException(fileName, lines[i], dateField,
                    string.Create(CultureInfo.InvariantCulture, $"{months[i]}/{days[i]}"),
                    string.Create(CultureInfo.InvariantCulture, $"{expected.Month}/{expected.Day} (row {i + 1} of an hourly year from 1/1; a skipped, repeated or out-of-order hour)"));
            }
            if (hours[i] != expectedHour)
            {
                throw new InputFileException(fileName, lines[i], hourField,
                    hours[i].ToString(CultureInfo.InvariantCulture),
                    string.Create(CultureInfo.InvariantCulture, $"{expectedHour} (row {i + 1} of an hourly year from 1/1; a skipped, repeated or out-of-order hour)"));
            }
        }
    }
}
