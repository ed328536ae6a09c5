using MineRose.Core.Time;
using MineRose.Core.Weather;

namespace MineRose.IO.Weather;

/// <summary>The columns a reader fills row by row, sized once; builds the <see cref="WeatherSeries"/> after checking missing values.</summary>
internal sealed class WeatherColumns
{
    public WeatherColumns(int capacity)
    {
        GhiWm2 = new double[capacity];
        DniWm2 = new double[capacity];
        DhiWm2 = new double[capacity];
        TempAirC = new double[capacity];
        WindSpeedMs = new double[capacity];
        RelativeHumidityPercent = new double[capacity];
        PressurePa = new double[capacity];
        Lines = new int[capacity];
    }

    public double[] GhiWm2 { get; private set; }
    public double[] DniWm2 { get; private set; }
    public double[] DhiWm2 { get; private set; }
    public double[] TempAirC { get; private set; }
    public double[] WindSpeedMs { get; private set; }
    public double[] RelativeHumidityPercent { get; private set; }
    public double[] PressurePa { get; private set; }

    /// <summary>Number of values above their physical limit that the reader stored as missing (see
    /// <see cref="WeatherLimits.ParseOrImplausible"/>); they are filled like missing values and reported apart.</summary>
    public int ImplausibleValues { get; set; }

    /// <summary>The file line each row came from, for error messages about gaps.</summary>
    public int[] Lines { get; private set; }

    /// <summary>Shrinks every column to <paramref name="count"/> rows (once, after reading).</summary>
    public void Truncate(int count)
    {
        if (count == Lines.Length)
            return;
        GhiWm2 = GhiWm2[..count];
        DniWm2 = DniWm2[..count];
        DhiWm2 = DhiWm2[..count];
        TempAirC = TempAirC[..count];
        WindSpeedMs = WindSpeedMs[..count];
        RelativeHumidityPercent = RelativeHumidityPercent[..count];
        PressurePa = PressurePa[..count];
        Lines = Lines[..count];
    }

    /// <summary>Checks the missing values of every column (<see cref="WeatherGapFilling"/>) and builds the series.</summary>
    /// <param name="site">The file's site, already validated.</param>
    /// <param name="grid">The time axis; its count must equal the number of rows.</param>
    /// <param name="source">The series' source description.</param>
    /// <param name="fileName">The file as the user named it.</param>
    /// <param name="names">The format's field names.</param>
    /// <param name="hasRelativeHumidity">Whether the format has a humidity column at all.</param>
    /// <param name="hasPressure">Whether the format has a pressure column at all.</param>
    public WeatherSeries Build(Site site, TimeGrid grid, string source, string fileName, WeatherFieldNames names,
        bool hasRelativeHumidity, bool hasPressure)
    {
        var missing = 0;
        missing += Check(GhiWm2, grid, fileName, names.Ghi);
        missing += Check(DniWm2, grid, fileName, names.Dni);
        missing += Check(DhiWm2, grid, fileName, names.Dhi);
        missing += Check(TempAirC, grid, fileName, names.TempAir);
        missing += Check(WindSpeedMs, grid, fileName, names.WindSpeed);
        // An optional quantity the file never gives (all values missing) is absent, not a gap.
        var rh = hasRelativeHumidity && !AllMissing(RelativeHumidityPercent) ? RelativeHumidityPercent : null;
        var pressure = hasPressure && !AllMissing(PressurePa) ? PressurePa : null;
        if (rh is not null)
            missing += Check(rh, grid, fileName, names.RelativeHumidity);
        if (pressure is not null)
            missing += Check(pressure, grid, fileName, names.Pressure);
        return new WeatherSeries(site, grid, GhiWm2, DniWm2, DhiWm2, TempAirC, WindSpeedMs, rh, pressure, source, missing - ImplausibleValues)
        {
            ImplausibleValues = ImplausibleValues,
        };
    }

    private int Check(double[] values, TimeGrid grid, string fileName, string field)
    {
        var gap = WeatherGapFilling.FindProblem(values, grid.StepHours);
        if (gap is { } problem)
            throw new InputFileException(fileName, Lines[problem.FirstIndex], field, problem.Value, problem.Expected);
        var count = 0;
        foreach (var v in values)
        {
            if (double.IsNaN(v))
                count++;
        }
        return count;
    }

    private static bool AllMissing(double[] values)
    {
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
                return false;
        }
        return true;
    }
}
