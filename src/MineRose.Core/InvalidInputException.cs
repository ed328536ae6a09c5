namespace MineRose.Core;

/// <summary>A user-supplied value is outside what a model accepts; the message names the field, the value and what was expected.</summary>
/// <remarks>The command line reports it as one line and exits with code 2; it is never a programming error.</remarks>
public class InvalidInputException : Exception
{
    /// <summary>A bad value of a named field.</summary>
    public InvalidInputException(string field, string value, string expected)
        : base($"{field} = {value}: expected {expected}")
    {
        Field = field;
        Value = value;
        Expected = expected;
    }

    /// <summary>A bad input described by a whole message (e.g. a file, line and field).</summary>
    public InvalidInputException(string message, Exception? inner)
        : base(message, inner)
    {
        Field = "";
        Value = "";
        Expected = "";
    }

    /// <summary>A bad value of a named field, with a message composed by a derived type (e.g. one that adds a file and line).</summary>
    protected InvalidInputException(string message, string field, string value, string expected, Exception? inner)
        : base(message, inner)
    {
        Field = field;
        Value = value;
        Expected = expected;
    }

    /// <summary>An unspecified bad input.</summary>
    public InvalidInputException()
        : this("invalid input")
    {
    }

    /// <summary>A bad input described by a whole message.</summary>
    public InvalidInputException(string message)
        : this(message, null)
    {
    }

    /// <summary>The name of the offending field, as the user wrote it.</summary>
    public string Field { get; }

    /// <summary>The offending value, as text.</summary>
    public string Value { get; }

    /// <summary>What would have been accepted, e.g. "a number in [0, 90]".</summary>
    public string Expected { get; }
}
