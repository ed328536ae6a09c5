using System.Globalization;
using MineRose.Core;

namespace MineRose.IO;

/// <summary>A file the user gave is malformed or holds an impossible value; the message names the file, the line and the field.</summary>
/// <remarks>
/// The message reads like a compiler error, e.g.
/// <c>weather.epw:12: field 'dry_bulb_temperature' = 'abc': expected a number in [-70, 70]</c>.
/// The command line prints it as one line and exits with code 2.
/// </remarks>
public sealed class InputFileException : InvalidInputException
{
    /// <summary>A bad value of a named field at a line of a file.</summary>
    /// <param name="filePath">The file as the user named it (or the source name given to a reader).</param>
    /// <param name="line">1-based line number, or 0 when the problem concerns the whole file.</param>
    /// <param name="fieldName">The field or column, as the file's format names it.</param>
    /// <param name="value">The offending text.</param>
    /// <param name="expected">What would have been accepted.</param>
    public InputFileException(string filePath, int line, string fieldName, string value, string expected)
        : base(Compose(filePath, line, fieldName, value, expected), fieldName, value, expected, null)
    {
        FilePath = filePath;
        Line = line;
    }

    /// <summary>An unspecified bad file.</summary>
    public InputFileException()
        : this("invalid input file")
    {
    }

    /// <summary>A bad file described by a whole message.</summary>
    public InputFileException(string message)
        : this(message, null)
    {
    }

    /// <summary>A bad file described by a whole message, with the error that revealed it.</summary>
    public InputFileException(string message, Exception? inner)
        : base(message, "", "", "", inner)
    {
        FilePath = "";
    }

    /// <summary>The file as the user named it.</summary>
    public string FilePath { get; }

    /// <summary>1-based line number of the problem, or 0 when it concerns the whole file.</summary>
    public int Line { get; }

    /// <summary>The field or column, as the file's format names it.</summary>
    public string FieldName => Field;

    private static string Compose(string filePath, int line, string fieldName, string value, string expected)
    {
        var where = line > 0 ? string.Create(CultureInfo.InvariantCulture, $"{filePath}:{line}") : filePath;
        return $"{where}: field '{fieldName}' = '{value}': expected {expected}";
    }
}
