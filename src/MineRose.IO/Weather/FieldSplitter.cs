namespace MineRose.IO.Weather;

/// <summary>Splits a delimited line into field ranges without allocating, and header lines (which may quote) into strings.</summary>
internal static class FieldSplitter
{
    /// <summary>Writes the ranges of the fields of <paramref name="line"/> into <paramref name="fields"/> and returns how many fields the line has.</summary>
    /// <remarks>Data lines of the weather formats read here never quote, so a separator always ends a field.
    /// Fields beyond the length of <paramref name="fields"/> are counted but not stored.</remarks>
    public static int Split(string line, char separator, Range[] fields)
    {
        var count = 0;
        var start = 0;
        for (var i = 0; i <= line.Length; i++)
        {
            if (i < line.Length && line[i] != separator)
                continue;
            if (count < fields.Length)
                fields[count] = new Range(start, i);
            count++;
            start = i + 1;
        }
        return count;
    }

    /// <summary>Splits a header line into trimmed fields, honouring double quotes around fields that contain the separator.</summary>
    public static string[] SplitHeader(string line, char separator = ',')
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
                quoted = !quoted;
            else if (c == separator && !quoted)
            {
                fields.Add(current.ToString().Trim());
                current.Clear();
            }
            else
                current.Append(c);
        }
        fields.Add(current.ToString().Trim());
        return [.. fields];
    }
}
