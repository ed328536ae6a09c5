using System.Diagnostics;

namespace MineRose.Cli.Tests;

/// <summary>Runs the built <c>minerose</c> command in its own process, as a user would, and captures what it prints.</summary>
internal static class CliProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "minerose.dll"));
        foreach (var a in args)
            start.ArgumentList.Add(a);
        start.Environment["COLUMNS"] = "200";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start minerose");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("minerose did not finish within 2 minutes");
        }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    public static string TempFile(string name) =>
        Path.Combine(Path.GetTempPath(), $"minerose-cli-tests-{Environment.ProcessId}-{Guid.NewGuid():N}-{name}");
}
