namespace MineRose.TestSupport;

/// <summary>Finds the project's shared data folder (../shared beside the repository) for tests that use real data.</summary>
/// <remarks>
/// Looks at MINEROSE_SHARED first, then for a folder named "shared" holding DESIGN.md beside the
/// test assembly's folder or any of its ancestors. The main run never depends on it; tests that need
/// it are marked with <see cref="SharedDataFactAttribute"/> and are skipped, with the reason, when absent.
/// </remarks>
internal static class SharedData
{
    private static readonly Lazy<string?> Root = new(Locate);

    /// <summary>The shared folder, or null if it cannot be found.</summary>
    public static string? Directory => Root.Value;

    /// <summary>The full path of a file under the shared folder; throws if the folder is absent.</summary>
    public static string PathOf(params string[] parts) =>
        Path.Combine([Directory ?? throw new InvalidOperationException("shared data folder not found"), .. parts]);

    /// <summary>A file that ships with the test assembly, under its TestData folder.</summary>
    public static string TestDataPath(params string[] parts) =>
        Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);

    private static string? Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("MINEROSE_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment) && File.Exists(Path.Combine(fromEnvironment, "DESIGN.md")))
            return fromEnvironment;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (File.Exists(Path.Combine(candidate, "DESIGN.md")))
                return candidate;
        }
        return null;
    }
}

/// <summary>A fact that needs ../shared; skipped with a clear message where the folder is absent.</summary>
internal sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (SharedData.Directory is null)
            Skip = "needs the shared data folder (../shared beside the repository, or MINEROSE_SHARED): not found";
    }
}

/// <summary>A theory that needs ../shared; skipped with a clear message where the folder is absent.</summary>
internal sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (SharedData.Directory is null)
            Skip = "needs the shared data folder (../shared beside the repository, or MINEROSE_SHARED): not found";
    }
}
