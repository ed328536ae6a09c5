namespace MineRose.Cli.Tests;

public class ScenarioValidateCommandTests
{
    private static string RepoFile(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine([dir.FullName, .. parts]);
            if (File.Exists(candidate))
                return candidate;
        }
        throw new FileNotFoundException(string.Join('/', parts));
    }

    [Theory]
    [InlineData("dakuishan-phase1.yaml")]
    [InlineData("dakuishan-phase2.yaml")]
    [InlineData("zichuan-replication.yaml")]
    public void Shipped_scenarios_validate_with_exit_code_0(string name)
    {
        var r = CliProcess.Run("scenario", "validate", RepoFile("scenarios", name));
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Contains("valid scenario", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_typo_gives_exit_code_2_and_one_line_naming_file_line_and_key()
    {
        var file = CliProcess.TempFile("typo.yaml");
        File.WriteAllText(file, File.ReadAllText(RepoFile("scenarios", "dakuishan-phase1.yaml"))
            .Replace("  export_limit_kw: 2600", "  export_limt_kw: 2600", StringComparison.Ordinal));
        try
        {
            var r = CliProcess.Run("scenario", "validate", file);
            Assert.Equal(2, r.ExitCode);
            Assert.Contains("grid.export_limt_kw", r.Stderr, StringComparison.Ordinal);
            Assert.Contains(Path.GetFileName(file) + ":", r.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", r.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
