using System.CommandLine;
using MineRose.Cli.Commands;

namespace MineRose.Cli;

/// <summary>The <c>minerose</c> command: a table of contents of its subcommands.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var root = new RootCommand("MineRose: energy-and-flower parks on closed coal mines.")
        {
            SimulateCommand.Create(),
            OptimizeCommand.Create(),
            new Command("scenario", "Check scenario files.")
            {
                ScenarioValidateCommand.Create(),
            },
            PvCommand.Create(),
            new Command("weather", "Read, inspect and synthesise weather.")
            {
                WeatherInspectCommand.Create(),
                WeatherSynthCommand.Create(),
            },
            ScreenCommand.Create(),
            new Command("cluster", "Screening on a Microsoft Orleans cluster.") { ClusterSiloCommand.Create(() => new MineRose.IO.Screening.MineEvaluatorFactory()) },
        };
        return Invoke(root, args);
    }

    /// <summary>Parses and runs; a command line that does not parse is the user's mistake (exit code 2).</summary>
    internal static int Invoke(RootCommand root, string[] args)
    {
        var parse = root.Parse(args);
        if (parse.Errors.Count == 0)
            return parse.Invoke();
        foreach (var error in parse.Errors)
            Console.Error.WriteLine($"minerose: error: {error.Message}");
        Console.Error.WriteLine("Run 'minerose --help' for the commands and their options.");
        return ExitCodes.InvalidInput;
    }
}
