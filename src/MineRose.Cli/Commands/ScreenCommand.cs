using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using MineRose.Core.Mines;
using MineRose.Core.Screening;
using MineRose.IO.Mines;
using MineRose.IO.Screening;
using MineRose.Optimization.Screening;
using MineRose.Reports;
using Spectre.Console;

namespace MineRose.Cli.Commands;

/// <summary><c>minerose screen MINES... [--template FILE] [--weather-dir DIR] [--out DIR] [--store FILE] [--status ..] [--type ..]
/// [--province ..] [--reserves-below YEARS] [--weights ..] [--top N] [--limit N] [--cluster [--cluster-db CONN] [--silos N]]
/// [--optimize-top N [--rank-by rule|optimal]]</c>: designs, simulates and ranks a park on every candidate mine, resuming from the
/// store, re-runs the best N with optimal dispatch, and writes ranked.csv, mines.geojson, provinces.csv, rejected.csv,
/// summary.json and report.html.</summary>
internal static class ScreenCommand
{
    public static Command Create()
    {
        var mines = new Argument<FileInfo[]>("MINES") { Description = "Mine lists: GEM GCMT CSV sheets (non-closed, closed), a plain CSV or GeoJSON points.", Arity = ArgumentArity.OneOrMore };
        var template = new Option<FileInfo?>("--template") { Description = "Template scenario with a screening: section (default: the built-in scenarios/screening/template.yaml)." };
        var weatherDir = new Option<DirectoryInfo?>("--weather-dir") { Description = "Folder of EPW station files; default: embedded monthly normals of 38 Chinese stations (synthetic years)." };
        var maxKm = new Option<double>("--max-station-km") { Description = "Beyond this distance a mine runs on its station's synthetic year [km].", DefaultValueFactory = _ => 300 };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Output folder. Default: out/screen." };
        var store = new Option<FileInfo?>("--store") { Description = "SQLite result store (resumable). Default: <out>/screening.sqlite." };
        var status = new Option<string[]>("--status") { Description = "Statuses to keep (closed, mothballed, operating, proposed, shelved, cancelled); default: closed + mothballed + reserves running out.", AllowMultipleArgumentsPerToken = true };
        var type = new Option<string[]>("--type") { Description = "Mine types to keep (underground, surface, underground_and_surface, unknown).", AllowMultipleArgumentsPerToken = true };
        var province = new Option<string[]>("--province") { Description = "Provinces to keep (e.g. Shandong).", AllowMultipleArgumentsPerToken = true };
        var reserves = new Option<double>("--reserves-below") { Description = "Reserves 'running out' below this many years (R/P ratio, else reported life) [a].", DefaultValueFactory = _ => 10 };
        var weights = new Option<string>("--weights") { Description = "Score weights, e.g. npv=0.5,co2=0.3,jobs=0.2.", DefaultValueFactory = _ => "npv=0.5,co2=0.3,jobs=0.2" };
        var top = new Option<int>("--top") { Description = "Design sheets in the report and rows in the terminal table.", DefaultValueFactory = _ => 10 };
        var limit = new Option<int?>("--limit") { Description = "Evaluate at most N mines (the first after the filters)." };
        var threads = new Option<int?>("--threads") { Description = "Worker threads (default: all cores)." };
        var cluster = new Option<bool>("--cluster") { Description = "Run on a Microsoft Orleans cluster: local silos in this process, or with --cluster-db the silos of a PostgreSQL-backed cluster (docs/cluster.md)." };
        var clusterDb = new Option<string?>("--cluster-db") { Description = "PostgreSQL connection string of the cluster (membership and result store); with --cluster." };
        var silos = new Option<int>("--silos") { Description = "Local silos started by --cluster without --cluster-db.", DefaultValueFactory = _ => 2 };
        var optimizeTop = new Option<int>("--optimize-top") { Description = "Re-run the best N mines with optimal dispatch (rolling 48 h every 24 h, perfect forecasts, LP) and report both strategies.", DefaultValueFactory = _ => 0 };
        var rankBy = new Option<string>("--rank-by") { Description = "rule (default: rank by the rule-based score) or optimal (re-rank the --optimize-top mines by their optimal score).", DefaultValueFactory = _ => "rule" };
        var country = new Option<string>("--country") { Description = "Country read from GEM sheets ('all' for every country).", DefaultValueFactory = _ => "China" };
        var command = new Command("screen", "Design, simulate and rank a park on every candidate mine of a list.")
        {
            mines, template, weatherDir, maxKm, output, store, status, type, province, reserves, weights, top, limit, threads, country,
            cluster, clusterDb, silos, optimizeTop, rankBy,
        };
        command.SetAction(parse => CommandRunner.Run(() =>
        {
            var job = new ScreeningJob
            {
                MineLists = [.. parse.GetRequiredValue(mines).Select(f => f.FullName)],
                TemplatePath = parse.GetValue(template)?.FullName,
                WeatherDir = parse.GetValue(weatherDir)?.FullName,
                MaxStationKm = parse.GetValue(maxKm),
                Statuses = Split(parse.GetValue(status)),
                Types = Split(parse.GetValue(type)),
                Provinces = Split(parse.GetValue(province)),
                ReservesBelowYears = parse.GetValue(reserves),
                Country = parse.GetValue(country) is { } c && !c.Equals("all", StringComparison.OrdinalIgnoreCase) ? c : null,
                Limit = parse.GetValue(limit),
            };
            var topN = parse.GetValue(top);
            if (topN < 0)
                throw new Core.InvalidInputException("--top", topN.ToString(CultureInfo.InvariantCulture), "0 or more");
            if (job.Limit is < 0)
                throw new Core.InvalidInputException("--limit", job.Limit.Value.ToString(CultureInfo.InvariantCulture), "0 or more");
            var optimize = parse.GetValue(optimizeTop);
            if (optimize < 0)
                throw new Core.InvalidInputException("--optimize-top", optimize.ToString(CultureInfo.InvariantCulture), "0 (no re-run) or more");
            var rankByOptimal = (parse.GetValue(rankBy) ?? "rule").ToLowerInvariant() switch
            {
                "rule" or "rule-based" or "rule_based" => false,
                "optimal" => true,
                var other => throw new Core.InvalidInputException("--rank-by", other, "rule or optimal"),
            };
            if (rankByOptimal && optimize == 0)
                throw new Core.InvalidInputException("--rank-by", "optimal", "--optimize-top N (N ≥ 1) with --rank-by optimal");
            var dir = parse.GetValue(output) ?? new DirectoryInfo(Path.Combine("out", "screen"));
            var where = ScreeningPlace.From(parse.GetValue(cluster), parse.GetValue(clusterDb), parse.GetValue(silos), parse.GetValue(threads), parse.GetValue(store));
            return Execute(job, dir, where, ScreeningWeights.Parse(parse.GetValue(weights) ?? ""), topN, new OptimizeRequest(optimize, rankByOptimal));
        }));
        return command;
    }

    private static string[] Split(string[]? values) =>
        values is null ? [] : [.. values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];

    /// <summary>The optimal re-run asked for: how many of the best mines, and whether they are re-ranked by it.</summary>
    private sealed record OptimizeRequest(int Top, bool RankByOptimal);

    private static int Execute(ScreeningJob job, DirectoryInfo dir, ScreeningPlace where, ScreeningWeights weights, int top, OptimizeRequest optimize)
    {
        dir.Create();
        Console.Error.WriteLine("minerose screen: reading the mine lists, the template and the weather stations ...");
        // Local runs evaluate next: the weather is prefetched while the lists are read. On a cluster the silos evaluate.
        var evaluator = new MineEvaluator(job, prefetchWeather: !where.OnCluster);
        foreach (var warning in evaluator.Stations.Warnings)
            Console.Error.WriteLine($"minerose: warning: weather station {warning}");
        OutputFile.Write(new FileInfo(Path.Combine(dir.FullName, "job.json")), w => w.Write(job.ToJson()));

        var wanted = evaluator.MineIds.ToHashSet(StringComparer.Ordinal);
        ScreeningRunStats stats;
        IReadOnlyList<MineScreeningResult> results;
        IReadOnlyList<RankedMine> ranked;
        OptimalRerun? rerun = null;
        var storePath = where.StoreDescription(dir);
        using (var store = where.OpenStore(dir))
        {
            stats = RunWithProgress(evaluator.MineIds.Count, progress => where.OnCluster
                ? ScreenOnCluster.Run(job, store, where, progress)
                : ScreeningRunner.Run(evaluator, store, progress, where.Threads));
            // The store may hold other mines of the same design (an earlier, wider run): only this run's mines are reported.
            results = [.. store.Records(evaluator.DesignHash, evaluator.ModelVersion)
                .Where(r => wanted.Contains(r.Key.MineId))
                .AsParallel().AsOrdered().WithDegreeOfParallelism(where.Threads ?? Environment.ProcessorCount)
                .Select(r => MineScreeningResultJson.Deserialize(r.PayloadJson))];
            if (results.Count != evaluator.MineIds.Count)
                throw new InvalidOperationException($"the store holds {results.Count} of the run's {evaluator.MineIds.Count} mines after the run");
            ranked = ScreeningRanking.Rank(results, weights);
            if (optimize.Top > 0)
            {
                // On a cluster too, the few optimal re-runs run here: the evaluator is this run's own.
                var best = ranked.Where(m => m.Rank > 0).Take(optimize.Top).Select(m => m.Result.MineId).ToList();
                rerun = OptimalRerun.Run(evaluator, store, best, where.Threads);
                ranked = ScreeningRanking.WithOptimal(ranked, rerun.Results, weights, optimize.RankByOptimal);
            }
        }

        var credit = evaluator.HasGemData ? MineSource.GemCredit : null;
        var weatherCredit = "Weather: " + evaluator.Stations.Description + "; Climate.OneBuilding.Org TMYx (NOAA NCEI ISD, ERA5-derived radiation, contains modified Copernicus Climate Change Service information)";
        int evaluated = results.Count(r => r.Evaluated);
        (string, long)[] counts =
        [
            ("read", evaluator.ReadCount + evaluator.Rejected.Count), ("rejected", evaluator.Rejected.Count), ("filtered_out", evaluator.FilteredOutCount),
            ("screened", evaluator.MineIds.Count), ("evaluated", evaluated), ("failed", results.Count - evaluated),
            ("resumed_from_store", stats.ResumedFromStore), ("computed", stats.Computed), ("identical_inputs", evaluator.MinesSharingInputs),
            ("greenhouse_blocks_reused", evaluator.GreenhouseBlocksReused),
            .. rerun is null ? Array.Empty<(string, long)>() :
            [
                ("optimized", rerun.Results.Count), ("optimized_failed", rerun.Results.Values.Count(r => !r.Evaluated)),
                ("optimized_resumed_from_store", rerun.ResumedFromStore), ("optimized_computed", rerun.Computed),
            ],
        ];
        string[] credits = credit is null ? [weatherCredit] : [credit, weatherCredit];
        // The six files are independent: written side by side (the report's charts are the longest), each whole or not at all.
        Action[] writes =
        [
            () => OutputFile.Write(new FileInfo(Path.Combine(dir.FullName, "report.html")), w => ScreeningReport.Write(w, ranked, counts, weights, credits, top, RankingNote(optimize))),
            () => OutputFile.Write(new FileInfo(Path.Combine(dir.FullName, "mines.geojson")), w =>
            {
                w.Flush();
                MinesGeoJsonWriter.Write(((StreamWriter)w).BaseStream, ranked, credit);
            }),
            () => OutputFile.Write(new FileInfo(Path.Combine(dir.FullName, "ranked.csv")), w => RankedCsvWriter.Write(w, ranked, credit)),
            () => OutputFile.Write(new FileInfo(Path.Combine(dir.FullName, "provinces.csv")), w => ProvinceSummaryWriter.Write(w, ranked, credit)),
            () => OutputFile.Write(new FileInfo(Path.Combine(dir.FullName, "rejected.csv")), w => RejectedRowsCsvWriter.Write(w, evaluator.Rejected, credit)),
            () => OutputFile.Write(new FileInfo(Path.Combine(dir.FullName, "summary.json")), w => w.Write(Summary(evaluator, counts, weights, credit, weatherCredit, storePath, ranked, rerun, optimize))),
        ];
        try
        {
            Parallel.Invoke(new ParallelOptions { MaxDegreeOfParallelism = where.Threads ?? Environment.ProcessorCount }, writes);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count >= 1)
        {
            // The first failure as itself, so that the command reports it as it would have without the parallel writes.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }

        Render(ranked, counts, top, credit, dir);
        if (rerun is not null)
            RenderOptimal(ranked, optimize);
        return ExitCodes.Success;
    }

    private static string RankingNote(OptimizeRequest optimize) =>
        optimize.Top == 0 ? "Ranked by the rule-based score."
        : optimize.RankByOptimal
            ? string.Create(CultureInfo.InvariantCulture, $"The best {optimize.Top} mines by rule-based score were re-run with optimal dispatch ({OptimalScreening.Strategy}) and re-ranked among themselves by their optimal score (--rank-by optimal); the others keep their rule-based rank.")
            : string.Create(CultureInfo.InvariantCulture, $"Ranked by the rule-based score; the best {optimize.Top} mines were re-run with optimal dispatch ({OptimalScreening.Strategy}) and are reported with both strategies.");

    private static string Summary(MineEvaluator evaluator, (string Key, long Value)[] counts, ScreeningWeights weights, string? credit, string weatherCredit, string storePath,
        IReadOnlyList<RankedMine> ranked, OptimalRerun? rerun, OptimizeRequest optimize)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteStartObject("counts");
            foreach (var (key, value) in counts)
                w.WriteNumber(key, value);
            w.WriteEndObject();
            w.WriteString("design_hash", evaluator.DesignHash);
            w.WriteString("model_version", evaluator.ModelVersion);
            w.WriteString("store", storePath);
            w.WriteStartObject("weights");
            w.WriteNumber("npv", weights.Npv);
            w.WriteNumber("co2", weights.Co2);
            w.WriteNumber("jobs", weights.Jobs);
            w.WriteEndObject();
            w.WriteString("weather", evaluator.Stations.Description);
            w.WriteNumber("max_station_km", evaluator.Job.MaxStationKm);
            w.WriteStartArray("weather_warnings");
            foreach (var warning in evaluator.Stations.Warnings)
                w.WriteStringValue(warning);
            w.WriteEndArray();
            w.WriteStartArray("credits");
            if (credit is not null)
                w.WriteStringValue(credit);
            w.WriteStringValue(weatherCredit);
            w.WriteEndArray();
            w.WriteString("ranking", RankingNote(optimize));
            if (rerun is not null)
                WriteOptimal(w, ranked, rerun, optimize);
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>The <c>optimize_top</c> member: the strategy, its design hash, and both strategies' KPIs for every re-run mine.</summary>
    private static void WriteOptimal(Utf8JsonWriter w, IReadOnlyList<RankedMine> ranked, OptimalRerun rerun, OptimizeRequest optimize)
    {
        static void Number(Utf8JsonWriter w, string key, double v)
        {
            if (double.IsFinite(v))
                w.WriteNumber(key, v);
            else
                w.WriteNull(key);
        }
        w.WriteStartObject("optimize_top");
        w.WriteNumber("n", optimize.Top);
        w.WriteString("strategy", OptimalScreening.Strategy);
        w.WriteString("rank_by", optimize.RankByOptimal ? "optimal" : "rule");
        w.WriteString("design_hash", rerun.DesignHash);
        w.WriteStartArray("mines");
        foreach (var m in ranked.Where(m => m.Optimal is not null))
        {
            var o = m.Optimal!;
            w.WriteStartObject();
            w.WriteString("mine_id", m.Result.MineId);
            w.WriteNumber("rank", m.Rank);
            w.WriteStartObject("rule_based");
            Number(w, "score", m.Score);
            Number(w, "net_energy_cost_cny", m.Result.Kpi("net_energy_cost_cny"));
            Number(w, "npv_cny", m.Result.Kpi("npv_cny"));
            Number(w, "co2_avoided_t", m.Result.Kpi("co2_avoided_t"));
            Number(w, "battery_cycles", o.Kpi("rule_based_battery_cycles"));
            Number(w, "pumped_hydro_cycles", o.Kpi("rule_based_pumped_hydro_cycles"));
            w.WriteEndObject();
            w.WriteStartObject("optimal");
            Number(w, "score", m.OptimalScore);
            foreach (var key in (string[])["net_energy_cost_cny", "npv_cny", "co2_avoided_t", "battery_cycles", "pumped_hydro_cycles",
                "replay_residual_max_kw", "battery_departure_kwh", "hydro_departure_kwh"])
                Number(w, key, o.Evaluated ? o.Kpi(key) : double.NaN);
            w.WriteEndObject();
            if (o.FailureReason is { } reason)
                w.WriteString("failure_reason", reason);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Runs with a Spectre.Console progress bar (rate and ETA) on stderr; with stderr redirected, a line per 10 %.</summary>
    private static ScreeningRunStats RunWithProgress(int total, Func<IProgress<int>, ScreeningRunStats> run)
    {
        if (Console.IsErrorRedirected)
            return run(new ScreenLines(total));
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        ScreeningRunStats? stats = null;
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask(string.Create(CultureInfo.InvariantCulture, $"screening {total} mines"), maxValue: Math.Max(total, 1));
                stats = run(new ScreenProgress(task, total));
                task.Value = Math.Max(total, 1);
            });
        return stats!;
    }

    private static void Render(IReadOnlyList<RankedMine> ranked, (string Key, long Value)[] counts, int top, string? credit, DirectoryInfo dir)
    {
        AnsiConsole.MarkupLine(Markup.Escape(string.Join(" · ", counts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} {c.Value}")))));
        var table = new Table().Border(TableBorder.Rounded).AddColumns(new[] { "rank", "mine", "province", "score", "NPV [M CNY]", "CO₂ [t/a]", "jobs", "PV [kWp]", "flags" }.Select(Markup.Escape).ToArray());
        foreach (var m in ranked.Where(m => m.Rank > 0).Take(top))
        {
            var r = m.Result;
            table.AddRow(Markup.Escape(m.Rank.ToString(CultureInfo.InvariantCulture)), Markup.Escape($"{r.Name} ({r.MineId})"), Markup.Escape(r.Province ?? ""),
                m.Score.ToString("F3", CultureInfo.InvariantCulture), (r.Kpi("npv_cny") / 1e6).ToString("N1", CultureInfo.InvariantCulture),
                r.Kpi("co2_avoided_t").ToString("N0", CultureInfo.InvariantCulture), r.Kpi("jobs").ToString("N0", CultureInfo.InvariantCulture),
                r.PvDcKw.ToString("N0", CultureInfo.InvariantCulture), r.Flags.Count.ToString(CultureInfo.InvariantCulture));
        }
        AnsiConsole.Write(table);
        if (credit is not null)
            AnsiConsole.MarkupLine($"Data: {Markup.Escape(credit)}");
        AnsiConsole.MarkupLine($"wrote ranked.csv, mines.geojson, provinces.csv, rejected.csv, summary.json and report.html in {Markup.Escape(dir.FullName)}");
    }

    private static void RenderOptimal(IReadOnlyList<RankedMine> ranked, OptimizeRequest optimize)
    {
        static string Pair(double rule, double opt, string format, double scale = 1) =>
            (double.IsFinite(rule) ? (rule / scale).ToString(format, CultureInfo.InvariantCulture) : "–") + " → " +
            (double.IsFinite(opt) ? (opt / scale).ToString(format, CultureInfo.InvariantCulture) : "–");
        AnsiConsole.MarkupLine(Markup.Escape(RankingNote(optimize)));
        var table = new Table().Border(TableBorder.Rounded).AddColumns(new[] { "rank", "mine", "energy cost [CNY/a] rule → optimal", "NPV [M CNY]", "CO₂ [t/a]", "battery cycles", "shaft cycles", "note" }.Select(Markup.Escape).ToArray());
        foreach (var m in ranked.Where(m => m.Optimal is not null))
        {
            var r = m.Result;
            var o = m.Optimal!;
            double Opt(string key) => o.Evaluated ? o.Kpi(key) : double.NaN;
            table.AddRow(Markup.Escape(m.Rank.ToString(CultureInfo.InvariantCulture)), Markup.Escape($"{r.Name} ({r.MineId})"),
                Markup.Escape(Pair(r.Kpi("net_energy_cost_cny"), Opt("net_energy_cost_cny"), "N0")),
                Markup.Escape(Pair(r.Kpi("npv_cny"), Opt("npv_cny"), "N2", 1e6)),
                Markup.Escape(Pair(r.Kpi("co2_avoided_t"), Opt("co2_avoided_t"), "N0")),
                Markup.Escape(Pair(o.Kpi("rule_based_battery_cycles"), Opt("battery_cycles"), "N1")),
                Markup.Escape(Pair(o.Kpi("rule_based_pumped_hydro_cycles"), Opt("pumped_hydro_cycles"), "N1")),
                Markup.Escape(o.FailureReason ?? (o.Flags.Any(f => f.Contains("no storage to dispatch", StringComparison.Ordinal)) ? "no storage: optimal = rule-based" : "")));
        }
        AnsiConsole.Write(table);
    }

    /// <summary>Moves the bar and shows the rate [mines/s] in the description.</summary>
    private sealed class ScreenProgress(ProgressTask task, int total) : IProgress<int>
    {
        private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
        private int _first = -1;

        public void Report(int value)
        {
            if (_first < 0)
                _first = value;
            task.Value = value;
            var rate = (value - _first) / Math.Max(_clock.Elapsed.TotalSeconds, 1e-3);
            task.Description = string.Create(CultureInfo.InvariantCulture, $"screened {value}/{total} mines, {rate:F1} mines/s");
        }
    }

    /// <summary>Plain progress lines on a redirected stderr, one per 10 %.</summary>
    private sealed class ScreenLines(int total) : IProgress<int>
    {
        private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
        private int _nextTenth;

        public void Report(int value)
        {
            if (total == 0 || value * 10 < _nextTenth * total)
                return;
            while (value * 10 >= _nextTenth * total)
                _nextTenth++;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"screened {value}/{total} mines ({_clock.Elapsed.TotalSeconds:F1} s)"));
        }
    }
}
