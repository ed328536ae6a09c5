using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using MineRose.Core;
using MineRose.Core.Mines;
using MineRose.Core.Park;
using MineRose.Core.Pv;
using MineRose.Core.Screening;
using MineRose.Core.Solar;
using MineRose.Core.Time;
using MineRose.Core.Weather;
using MineRose.IO.Mines;
using MineRose.IO.Scenarios;

namespace MineRose.IO.Screening;

/// <summary>Evaluates the mines of one screening job: reads the lists once, filters them, and per mine designs the park from the
/// template, simulates its year (rule-based) on the nearest station's weather with the sun at the mine, and evaluates it.
/// Safe to call from several threads.</summary>
public sealed class MineEvaluator : IMineEvaluator
{
    /// <summary>Version of the screening model; part of every store key, so a change of the model never reuses old results.</summary>
    public static readonly string Version = "minerose-screen-1/" +
        (typeof(ParkSimulator).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0");

    private readonly Dictionary<string, CandidateMine> _mines;
    private readonly ConcurrentDictionary<TimeGrid, Lazy<SolarEphemeris>> _ephemerides = new();
    // A station's year on the template's step, made once per year and shared by every mine and thread.
    private readonly ConcurrentDictionary<WeatherSeries, Lazy<WeatherSeries>> _onStep = new(ReferenceEqualityComparer.Instance);
    // Mines whose design inputs another mine of the run shares: evaluated once, by the first mine of the group to get there.
    private readonly HashSet<DesignInputs> _shared;
    private readonly Dictionary<DesignInputs, Lazy<IReadOnlyDictionary<string, double>>> _sharedKpis = [];
    private int _sharedEvaluations;
    // Most mines of a run get the template's houses and heat plant on one of a few dozen station years: their greenhouse-and-heat
    // block is simulated once per (station year, houses, heat plant) and copied into every other park year (exact).
    private readonly GreenhouseHeatMemo _greenhouseHeat = new();

    /// <summary>Builds the evaluator of <paramref name="job"/>: reads its lists, template and weather stations.</summary>
    /// <param name="job">The job.</param>
    public MineEvaluator(ScreeningJob job)
        : this(job, prefetchWeather: false)
    {
    }

    /// <summary>Builds the evaluator of <paramref name="job"/> and, with <paramref name="prefetchWeather"/>, starts building the
    /// weather its mines will need on a background thread: the first station's year and the solar ephemeris of its grid while
    /// the lists are read, then every station year the mines use, in the order the mines need them. A worker that needs one
    /// first builds it itself or waits for it (each is built once), so results do not depend on the prefetch.</summary>
    /// <param name="job">The job.</param>
    /// <param name="prefetchWeather">Whether to prefetch (for a run that evaluates the mines next; not for a look at the list).</param>
    public MineEvaluator(ScreeningJob job, bool prefetchWeather)
    {
        ArgumentNullException.ThrowIfNull(job);
        Job = job;
        var filter = new MineFilter
        {
            Statuses = [.. job.Statuses.Select(s => Parse<MineStatus>(s, "--status"))],
            Types = [.. job.Types.Select(s => Parse<MineType>(s, "--type"))],
            Provinces = job.Provinces,
            ReservesBelowYears = Guard.NonNegative(job.ReservesBelowYears, "--reserves-below"),
        };
        if (job.MineLists.Count == 0)
            throw new InvalidInputException("MINES", "(none)", "at least one mine list");

        // Template and stations first: the prefetch needs them, and reading the lists is the longest step of the set-up.
        var templateText = job.TemplatePath is { } tp ? File.ReadAllBytes(tp) : BuiltInTemplate();
        Template = LoadTemplate(job.TemplatePath, templateText);
        Rules = Template.Screening ?? throw new InputFileException(job.TemplatePath ?? "(built-in template)", 0, "screening",
            "(absent)", "a screening: section of template rules");
        Stations = job.WeatherDir is { } dir ? WeatherStationCatalog.FromDirectory(dir, job.MaxStationKm) : WeatherStationCatalog.Embedded();
        var minesKnown = new TaskCompletionSource<IReadOnlyList<CandidateMine>>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (prefetchWeather)
            _ = Task.Run(() => Prefetch(minesKnown.Task));

        try
        {
            var all = new List<CandidateMine>();
            var rejected = new List<RejectedRow>();
            bool gem = false;
            foreach (var path in job.MineLists)
            {
                var read = MineListFile.Read(path, job.Country);
                all.AddRange(read.Mines);
                rejected.AddRange(read.Rejected);
                gem |= read.Credit == MineSource.GemCredit || MineListFile.HasGemData(read.Mines);
            }
            Rejected = rejected;
            HasGemData = gem;
            ReadCount = all.Count;

            // Row ids: the GEM id (else the name); the k-th repeat of an id gets "#k".
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            var ids = new List<string>();
            _mines = new Dictionary<string, CandidateMine>(StringComparer.Ordinal);
            foreach (var mine in all)
            {
                var baseId = mine.GemMineId ?? mine.Name;
                var k = seen[baseId] = seen.GetValueOrDefault(baseId) + 1;
                var id = k == 1 ? baseId : string.Create(CultureInfo.InvariantCulture, $"{baseId}#{k}");
                if (!filter.Accepts(mine))
                    continue;
                if (job.Limit is { } limit && ids.Count >= limit)
                    break;
                ids.Add(id);
                _mines[id] = mine;
            }
            MineIds = ids;
            FilteredOutCount = all.Count - ids.Count;
            _shared = [.. ids.GroupBy(id => DesignInputs.Of(_mines[id])).Where(g => g.Count() > 1).Select(g => g.Key)];
            MinesSharingInputs = ids.Count(id => _shared.Contains(DesignInputs.Of(_mines[id])));
            minesKnown.SetResult([.. ids.Select(id => _mines[id])]);
        }
        finally
        {
            // A list that cannot be read ends the prefetch too (no-op after SetResult).
            minesKnown.TrySetCanceled();
        }
        DesignHash = Hash(job, templateText);
    }

    /// <summary>The job.</summary>
    public ScreeningJob Job { get; }

    /// <summary>The template scenario.</summary>
    public Scenario Template { get; }

    /// <summary>The template's rules.</summary>
    public ScreeningTemplate Rules { get; }

    /// <summary>The weather stations.</summary>
    public WeatherStationCatalog Stations { get; }

    /// <summary>Rows the list readers could not use, with reasons.</summary>
    public IReadOnlyList<RejectedRow> Rejected { get; }

    /// <summary>Usable rows read from all lists.</summary>
    public int ReadCount { get; }

    /// <summary>Usable rows left out by the filters or the limit.</summary>
    public int FilteredOutCount { get; }

    /// <summary>Mines of the run whose design inputs (coordinates, land, lease, mine water, type, depth) at least one other
    /// mine of the run shares: their parks, weather and sun are identical, so each such group is simulated once (exact memoisation [313]).</summary>
    public int MinesSharingInputs { get; }

    /// <summary>Mines so far whose KPIs were taken from an identical mine's evaluation instead of simulated again.</summary>
    public int SharedEvaluations => Volatile.Read(ref _sharedEvaluations);

    /// <summary>Park years so far that copied their greenhouse-and-heat block from another mine's (same station year, houses and
    /// heat plant) instead of stepping it (<see cref="GreenhouseHeatMemo"/>: the same values to the last bit).</summary>
    public int GreenhouseBlocksReused => _greenhouseHeat.Hits;

    /// <summary>Whether any mine came from GEM's tracker (outputs must then carry GEM's credit).</summary>
    public bool HasGemData { get; }

    /// <inheritdoc/>
    public string DesignHash { get; }

    /// <inheritdoc/>
    public string ModelVersion => Version;

    /// <inheritdoc/>
    public IReadOnlyList<string> MineIds { get; }

    /// <summary>The mine of a row id.</summary>
    /// <param name="mineId">One of <see cref="MineIds"/>.</param>
    public CandidateMine Mine(string mineId) =>
        _mines.TryGetValue(mineId, out var m) ? m : throw new KeyNotFoundException($"mine id '{mineId}' is not in this run");

    /// <inheritdoc/>
    public ScreeningRecord Evaluate(string mineId) =>
        new(new ScreeningKey(mineId, DesignHash, ModelVersion), MineScreeningResultJson.Serialize(EvaluateResult(mineId)));

    /// <summary>Designs, simulates and evaluates one mine (a failure is a result with its reason).</summary>
    /// <param name="mineId">One of <see cref="MineIds"/>.</param>
    public MineScreeningResult EvaluateResult(string mineId)
    {
        var setup = Setup(mineId);
        if (!setup.CanSimulate)
            return setup.Result;
        try
        {
            var inputs = DesignInputs.Of(Mine(mineId));
            if (!_shared.Contains(inputs))
                return WithKpis(setup.Result, Simulate(setup));
            // Exact memoisation: the same inputs give the same design (but for its name), weather and sun path, hence the same
            // KPIs. The first mine of the group computes them; an exception (an invalid design) is the same for every mine.
            Lazy<IReadOnlyDictionary<string, double>>? lazy;
            bool first;
            lock (_sharedKpis)
            {
                first = !_sharedKpis.TryGetValue(inputs, out lazy);
                if (first)
                    _sharedKpis[inputs] = lazy = new Lazy<IReadOnlyDictionary<string, double>>(() => Kpis(Simulate(setup)));
            }
            var kpis = lazy!.Value;
            if (!first)
                Interlocked.Increment(ref _sharedEvaluations);
            return setup.Result with { Evaluated = true, Kpis = kpis };
        }
        catch (InvalidInputException e)
        {
            return setup.Result with { FailureReason = "invalid design or weather: " + e.Message };
        }
    }

    private ParkResult Simulate(MineSetup setup) =>
        ParkEvaluation.Evaluate(ParkSimulator.SimulateYear(setup.Design!, setup.Weather!, setup.Sun!, LedgerFor(setup.Weather!.Grid), _greenhouseHeat));

    /// <summary>The mine's park as the template designs it, on its weather (resampled to the template's step) with the sun at the
    /// park's site: the one code path from which both the rule-based and the optimal evaluations start.</summary>
    /// <param name="mineId">One of <see cref="MineIds"/>.</param>
    /// <returns>The setup; a mine without a park or with an invalid design or weather has a failure reason and no design.</returns>
    public MineSetup Setup(string mineId)
    {
        var mine = Mine(mineId);
        var (station, distanceKm) = Stations.Nearest(mine.LatitudeDeg, mine.LongitudeDeg);
        var st = Stations.Stations[station];
        bool synthetic = st.Year is null || distanceKm > Stations.MaxStationKm;
        var flags = new List<string>();
        if (synthetic)
            flags.Add(st.Year is null
                ? string.Create(CultureInfo.InvariantCulture, $"synthetic weather: embedded normals of {st.Name}, {distanceKm:F0} km away")
                : string.Create(CultureInfo.InvariantCulture, $"synthetic weather: {st.Name} is {distanceKm:F0} km away (> {Stations.MaxStationKm:G4} km)"));
        var result = new MineScreeningResult
        {
            MineId = mineId,
            GemMineId = mine.GemMineId,
            Name = mine.Name,
            NameNonEnglish = mine.NameNonEnglish,
            Province = mine.Province,
            Prefecture = mine.Prefecture,
            LatitudeDeg = mine.LatitudeDeg,
            LongitudeDeg = mine.LongitudeDeg,
            Status = mine.Status.ToString(),
            MineType = mine.MineType.ToString(),
            DepthM = mine.DepthM,
            Source = mine.Source,
            WeatherStation = st.Name,
            StationDistanceKm = Math.Round(distanceKm, 1),
            WeatherKind = synthetic ? "synthetic year from station normals" : "station file",
        };
        try
        {
            var (weather, weatherNote) = Weather(station, distanceKm);
            if (weatherNote is not null)
                flags.Add(weatherNote);
            var md = TemplateDesign.For(Rules, Template.Design, mine, st.Site.ElevationM);
            flags.AddRange(md.Flags);
            result = result with
            {
                UsableLandHa = md.UsableLandHa,
                PvDcKw = md.PvDcKw,
                GreenhouseAreaM2 = md.GreenhouseAreaM2,
                HeatPumpHeatingKw = md.HeatPumpHeatingKw,
                ShaftHeadM = md.ShaftHeadM,
                PumpedHydroKw = md.PumpedHydroKw,
                PumpedHydroKwh = md.PumpedHydroKwh,
                BatteryKwh = md.BatteryKwh,
                Flags = flags,
            };
            if (md.Design is not { } design)
                return new MineSetup(result with { FailureReason = "no park: no usable land" }, null, null, null);
            return new MineSetup(result, design, weather, PvChain.SunPathFor(EphemerisOn(weather.Grid), design.Site, weather));
        }
        catch (InvalidInputException e)
        {
            return new MineSetup(result with { FailureReason = "invalid design or weather: " + e.Message, Flags = flags }, null, null, null);
        }
    }

    /// <summary>The weather year of a station for a mine <paramref name="distanceKm"/> away, on the template's step, and the note
    /// of its synthetic year; built once per station and kind, shared by every mine and thread.</summary>
    private (WeatherSeries OnStep, string? Note) Weather(int station, double distanceKm)
    {
        var (year, _, note) = Stations.YearFor(station, distanceKm);
        var onStep = _onStep.GetOrAdd(year, w => new Lazy<WeatherSeries>(() => WeatherResampling.ToStep(w, Template.TimeStepMinutes))).Value;
        return (onStep, note);
    }

    /// <summary>The solar ephemeris of a time grid, computed once per grid.</summary>
    private SolarEphemeris EphemerisOn(TimeGrid grid) =>
        _ephemerides.GetOrAdd(grid, g => new Lazy<SolarEphemeris>(() => SolarEphemeris.For(g))).Value;

    /// <summary>The prefetch thread: the first station's year and ephemeris, then every station year the mines need, in order of
    /// first need. A station that gives no year is left for the mine's own set-up to report (its error is cached with it).</summary>
    private void Prefetch(Task<IReadOnlyList<CandidateMine>> mines)
    {
        try
        {
            EphemerisOn(Weather(0, 0).OnStep.Grid);
        }
        catch (InvalidInputException)
        {
        }
        // WaitAny, not Wait: a list that could not be read cancels the task, and Wait would throw on this unobserved thread.
        if (Task.WaitAny([mines], TimeSpan.FromMinutes(10)) < 0 || !mines.IsCompletedSuccessfully)
            return;
        var seen = new HashSet<(int, bool)>();
        foreach (var mine in mines.Result)
        {
            var (station, km) = Stations.Nearest(mine.LatitudeDeg, mine.LongitudeDeg);
            if (!seen.Add((station, Stations.Stations[station].Year is null || km > Stations.MaxStationKm)))
                continue;
            try
            {
                EphemerisOn(Weather(station, km).OnStep.Grid);
            }
            catch (InvalidInputException)
            {
            }
        }
    }

    /// <summary>A result with the KPIs of an evaluated year, marked evaluated.</summary>
    /// <param name="result">The result so far (from <see cref="Setup"/>).</param>
    /// <param name="evaluation">The evaluated year.</param>
    public static MineScreeningResult WithKpis(MineScreeningResult result, ParkResult evaluation)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(evaluation);
        return result with { Evaluated = true, Kpis = Kpis(evaluation) };
    }

    private static Dictionary<string, double> Kpis(ParkResult evaluation)
    {
        var kpis = new Dictionary<string, double>(evaluation.Kpis.Count, StringComparer.Ordinal);
        foreach (var k in evaluation.Kpis)
            kpis[k.Key] = k.Value;
        return kpis;
    }

    /// <summary>Everything of a mine that <see cref="TemplateDesign.For"/> and <see cref="Setup"/> read besides its name: the
    /// coordinates (hence the station, its distance and elevation, and the sun path), land, lease, mine water, type and depth.
    /// Two mines with equal inputs get the same park but for its name. Extend this when the design reads another field.</summary>
    private readonly record struct DesignInputs(double LatitudeDeg, double LongitudeDeg, double? LandAvailableHa, double? MineSizeKm2,
        double? MineWaterInflowM3H, double? MineWaterTemperatureC, MineType MineType, double? DepthM)
    {
        public static DesignInputs Of(CandidateMine m) =>
            new(m.LatitudeDeg, m.LongitudeDeg, m.LandAvailableHa, m.MineSizeKm2, m.MineWaterInflowM3H, m.MineWaterTemperatureC, m.MineType, m.DepthM);
    }

    [ThreadStatic]
    private static ParkLedger? reusedLedger;

    /// <summary>This thread's ledger on <paramref name="grid"/>: the year is evaluated and dropped before the thread simulates
    /// its next mine, so one ledger per thread is reused instead of 2.5 MB of new arrays per mine.</summary>
    private static ParkLedger LedgerFor(TimeGrid grid) =>
        reusedLedger is { } l && l.Grid.Equals(grid) ? l : reusedLedger = new ParkLedger(grid);

    private static T Parse<T>(string text, string option) where T : struct, Enum
    {
        var key = text.Replace("_", "", StringComparison.Ordinal).Replace("&", "and", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return Enum.TryParse<T>(key, ignoreCase: true, out var v) && Enum.IsDefined(v)
            ? v
            : throw new InvalidInputException(option, text, "one of: " + string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant())));
    }

    private static byte[] BuiltInTemplate()
    {
        using var stream = typeof(MineEvaluator).Assembly.GetManifestResourceStream("MineRose.IO.Screening.template.yaml")
            ?? throw new InvalidOperationException("the built-in screening template is not embedded");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static Scenario LoadTemplate(string? path, byte[] text)
    {
        if (path is not null)
            return ScenarioLoader.Load(path);
        var temp = Path.Combine(Path.GetTempPath(), $"minerose-template-{Guid.NewGuid():N}.yaml");
        File.WriteAllBytes(temp, text);
        try
        {
            return ScenarioLoader.Load(temp);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>SHA-256 of everything that shapes a mine's result: the template text, the lists' bytes, the weather stations'
    /// bytes (or the embedded table) and the station distance. Filters and the limit only choose mines, so they are left out.</summary>
    private static string Hash(ScreeningJob job, byte[] template)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Text(string s) => sha.AppendData(Encoding.UTF8.GetBytes(s + "\n"));
        Text("template");
        sha.AppendData(template);
        foreach (var list in job.MineLists)
        {
            Text("list");
            sha.AppendData(File.ReadAllBytes(list));
        }
        Text("country " + job.Country);
        Text(string.Create(CultureInfo.InvariantCulture, $"max_station_km {job.MaxStationKm:R}"));
        if (job.WeatherDir is { } dir)
            foreach (var f in Directory.GetFiles(dir, "*.epw").Order(StringComparer.Ordinal))
            {
                Text("station " + Path.GetFileName(f));
                sha.AppendData(File.ReadAllBytes(f));
            }
        else
            Text("embedded stations " + EmbeddedStations.All.Count.ToString(CultureInfo.InvariantCulture));
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
