namespace MineRose.Cli;

/// <summary>The command line's exit codes, part of the user's contract (DESIGN.md).</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>Anything that is not the user's fault: a bug or an environment failure.</summary>
    public const int Failure = 1;

    /// <summary>Invalid input: a bad option, file, field or value, named in the message.</summary>
    public const int InvalidInput = 2;
}
