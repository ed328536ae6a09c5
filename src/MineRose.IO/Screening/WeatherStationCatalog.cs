using System.Collections.Concurrent;
using MineRose.Core;
using MineRose.Core.Screening;
using MineRose.Core.Weather;
using MineRose.IO.Weather;

namespace MineRose.IO.Screening;

/// <summary>The weather stations of a screening, the nearest one to each mine, and each station's weather year, built once
/// and shared by every mine and thread.</summary>
/// <remarks>A station's year is its file when the mine is within <see cref="MaxStationKm"/>, else the synthetic year
/// (<see cref="SyntheticYear.Generate"/>, seed 1) of the station's monthly normals, flagged; an embedded station always gives
/// its synthetic year. Each year is made once per station and kind.</remarks>
public sealed class WeatherStationCatalog
{
    private readonly ConcurrentDictionary<(int Station, bool Synthetic), Lazy<(WeatherSeries Year, string? Note)>> _years = new();

    /// <summary>Linke turbidities tried in turn for a synthetic year's clear-sky bound [-]: the generator's default 2.5, then
    /// clearer skies for stations whose ERA5-derived normals exceed that bound (e.g. the Harbin January).</summary>
    private static readonly double[] LinkeTurbidities = [2.5, 2.0, 1.5];

    private WeatherStationCatalog(IReadOnlyList<WeatherStation> stations, double maxStationKm, IReadOnlyList<string> warnings, string description)
    {
        if (stations.Count == 0)
            throw new InvalidInputException("--weather-dir", description, "a folder holding at least one readable EPW file");
        Stations = stations;
        MaxStationKm = Guard.Positive(maxStationKm, "--max-station-km");
        Warnings = warnings;
        Description = description;
    }

    /// <summary>The stations.</summary>
    public IReadOnlyList<WeatherStation> Stations { get; }

    /// <summary>Distance beyond which a mine runs on its station's synthetic year instead of the station's file [km].</summary>
    public double MaxStationKm { get; }

    /// <summary>Station files that could not be read, with the reason (the stations are left out).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Where the stations came from.</summary>
    public string Description { get; }

    /// <summary>The stations of every EPW file in <paramref name="directory"/>, each read once (in parallel).</summary>
    /// <param name="directory">The folder.</param>
    /// <param name="maxStationKm">See <see cref="MaxStationKm"/> [km].</param>
    public static WeatherStationCatalog FromDirectory(string directory, double maxStationKm)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
            throw new InputFileException(directory, 0, "--weather-dir", directory, "an existing folder of EPW files");
        var files = Directory.GetFiles(directory, "*.epw").Order(StringComparer.Ordinal).ToArray();
        var read = new WeatherStation?[files.Length];
        var errors = new string?[files.Length];
        Parallel.For(0, files.Length, i =>
        {
            try
            {
                var year = EpwReader.Read(files[i]);
                var normals = MonthlyClimateNormals.FromSummary(WeatherSummary.Of(year), year.Site);
                read[i] = new WeatherStation(year.Site.Name, year.Site, year, normals, Path.GetFileName(files[i]));
            }
            catch (InvalidInputException e)
            {
                errors[i] = $"{Path.GetFileName(files[i])} left out: {e.Message}";
            }
        });
        return new WeatherStationCatalog([.. read.OfType<WeatherStation>()], maxStationKm, [.. errors.OfType<string>()],
            $"EPW files in {Path.GetFullPath(directory)}");
    }

    /// <summary>The embedded stations (<see cref="EmbeddedStations"/>): every mine runs on a synthetic year.</summary>
    public static WeatherStationCatalog Embedded() =>
        new([.. EmbeddedStations.All.Select(n => new WeatherStation(n.Site.Name, n.Site, null, n, n.Source))], double.MaxValue, [],
            "embedded monthly normals (Climate.OneBuilding.Org TMYx stations)");

    /// <summary>The station nearest to a point by great-circle distance, and the distance [km].</summary>
    /// <param name="latitudeDeg">Latitude [°].</param>
    /// <param name="longitudeDeg">Longitude [°].</param>
    public (int Index, double DistanceKm) Nearest(double latitudeDeg, double longitudeDeg)
    {
        int best = 0;
        double bestKm = double.PositiveInfinity;
        for (int i = 0; i < Stations.Count; i++)
        {
            var s = Stations[i].Site;
            var km = GreatCircle.HaversineKm(latitudeDeg, longitudeDeg, s.LatitudeDeg, s.LongitudeDeg);
            if (km < bestKm)
            {
                bestKm = km;
                best = i;
            }
        }
        return (best, bestKm);
    }

    /// <summary>The weather year of station <paramref name="index"/> for a mine <paramref name="distanceKm"/> away, whether it
    /// is synthetic, and a note when the synthetic year needed a clearer clear-sky bound than the default.</summary>
    /// <param name="index">Station index.</param>
    /// <param name="distanceKm">Distance from the mine [km].</param>
    /// <exception cref="InvalidInputException">The station's normals give no synthetic year (the same for every mine of it).</exception>
    public (WeatherSeries Year, bool Synthetic, string? Note) YearFor(int index, double distanceKm)
    {
        var station = Stations[index];
        bool synthetic = station.Year is null || distanceKm > MaxStationKm;
        var (year, note) = _years.GetOrAdd((index, synthetic), key => new Lazy<(WeatherSeries, string?)>(
            () => key.Synthetic ? Synthetic(Stations[key.Station].Normals) : (Stations[key.Station].Year!, null))).Value;
        return (year, synthetic, note);
    }

    private static (WeatherSeries Year, string? Note) Synthetic(MonthlyClimateNormals normals)
    {
        for (int i = 0; ; i++)
        {
            try
            {
                var year = SyntheticYear.Generate(normals, seed: 1, new SyntheticYearOptions(ClearSkyLinkeTurbidity: LinkeTurbidities[i]));
                return (year, i == 0 ? null : string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"synthetic year with a clear-sky Linke turbidity of {LinkeTurbidities[i]:0.0} (the station's normals exceed the {LinkeTurbidities[0]:0.0} clear sky)"));
            }
            catch (InvalidInputException) when (i + 1 < LinkeTurbidities.Length)
            {
            }
        }
    }
}
