using MineRose.Core;

namespace MineRose.Cli;

/// <summary>Runs a command body and turns every failure into one clear line on standard error and an exit code.</summary>
/// <remarks>User mistakes (<see cref="InvalidInputException"/>, missing files) exit with 2 and never show a
/// stack trace; anything else is a bug and exits with 1 (set MINEROSE_DEBUG=1 to see the trace).</remarks>
internal static class CommandRunner
{
    public static int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (InvalidInputException ex)
        {
            return Fail(ex.Message, ExitCodes.InvalidInput);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            return Fail(ex.Message, ExitCodes.InvalidInput);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var detail = Environment.GetEnvironmentVariable("MINEROSE_DEBUG") == "1" ? ex.ToString() : ex.Message;
            return Fail($"internal error ({ex.GetType().Name}): {detail}", ExitCodes.Failure);
        }
    }

    /// <summary>Prints an error line and returns the exit code.</summary>
    public static int Fail(string message, int exitCode)
    {
        Console.Error.WriteLine($"minerose: error: {message}");
        return exitCode;
    }
}
