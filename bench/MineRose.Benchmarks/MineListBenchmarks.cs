using BenchmarkDotNet.Attributes;
using MineRose.IO.Mines;

namespace MineRose.Benchmarks;

/// <summary>Reading GEM's Global Coal Mine Tracker (both sheets, China) from shared/mines, text held in memory so no disk I/O is timed.</summary>
/// <remarks>Needs the shared folder (MINEROSE_SHARED, or a folder "shared" holding DESIGN.md above the benchmark).</remarks>
[MemoryDiagnoser]
public class MineListBenchmarks
{
    private string nonClosedText = "";
    private string closedText = "";

    [GlobalSetup]
    public void Setup()
    {
        var shared = Environment.GetEnvironmentVariable("MINEROSE_SHARED");
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); string.IsNullOrEmpty(shared) && dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "shared", "DESIGN.md")))
                shared = Path.Combine(dir.FullName, "shared");
        }
        if (string.IsNullOrEmpty(shared))
            throw new InvalidOperationException("MineListBenchmarks needs the shared data folder (set MINEROSE_SHARED)");
        nonClosedText = File.ReadAllText(Path.Combine(shared, "mines", "gcmt-1ways_non_closed_mines.csv"));
        closedText = File.ReadAllText(Path.Combine(shared, "mines", "gcmt-1ways_closed_mines.csv"));
    }

    [Benchmark]
    public int ReadBothGemSheetsChina() =>
        GemCoalMineTrackerReader.ReadNonClosed(new StringReader(nonClosedText), "non_closed.csv").Mines.Count
        + GemCoalMineTrackerReader.ReadClosed(new StringReader(closedText), "closed.csv").Mines.Count;

    [Benchmark]
    public int ReadBothGemSheetsAllCountries() =>
        GemCoalMineTrackerReader.ReadNonClosed(new StringReader(nonClosedText), "non_closed.csv", country: null).Mines.Count
        + GemCoalMineTrackerReader.ReadClosed(new StringReader(closedText), "closed.csv", country: null).Mines.Count;
}
