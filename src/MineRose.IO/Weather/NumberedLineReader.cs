namespace MineRose.IO.Weather;

/// <summary>Reads a text file line by line and knows the 1-based number of the last line read, for error messages.</summary>
internal sealed class NumberedLineReader(TextReader reader, string sourceName)
{
    /// <summary>The file as the user named it.</summary>
    public string SourceName { get; } = sourceName;

    /// <summary>1-based number of the line last returned by <see cref="Next"/> (0 before the first); set it to name a line read earlier.</summary>
    public int Line { get; set; }

    /// <summary>The next line, or null at the end of the file.</summary>
    public string? Next()
    {
        var line = reader.ReadLine();
        if (line is not null)
            Line++;
        return line;
    }

    /// <summary>The next line; a file that ends here is truncated.</summary>
    public string Require(string what)
    {
        var line = Next();
        return line ?? throw new InputFileException(SourceName, Line + 1, what, "end of file", $"{what} (the file is truncated)");
    }

    /// <summary>An error at the current line.</summary>
    public InputFileException Error(string field, string value, string expected) =>
        new(SourceName, Line, field, value, expected);
}
