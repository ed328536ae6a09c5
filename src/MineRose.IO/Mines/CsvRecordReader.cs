using System.Text;

namespace MineRose.IO.Mines;

/// <summary>An RFC 4180 record reader [212]: fields separated by commas, optionally enclosed in double quotes; inside
/// quotes a comma or a line break is data and "" is one quote. Records end at CRLF, LF or CR outside quotes.</summary>
/// <remarks>Knows the 1-based line on which each record starts, for error messages. The field list and the text
/// buffer are reused from record to record; only the field strings themselves are allocated.</remarks>
internal sealed class CsvRecordReader(TextReader reader, string sourceName)
{
    private readonly StringBuilder field = new();
    private int line = 1;
    private bool atEnd;

    /// <summary>The file as the user named it.</summary>
    public string SourceName { get; } = sourceName;

    /// <summary>1-based line on which the record last returned by <see cref="Read"/> starts.</summary>
    public int RecordLine { get; private set; }

    /// <summary>Reads the next record into <paramref name="fields"/> (cleared first); false at the end of the file.</summary>
    /// <exception cref="InputFileException">A quoted field is still open at the end of the file.</exception>
    public bool Read(List<string> fields)
    {
        fields.Clear();
        if (atEnd)
            return false;
        RecordLine = line;
        var c = reader.Read();
        if (c < 0)
        {
            atEnd = true;
            return false;
        }
        if (RecordLine == 1 && c == '\uFEFF')
            c = reader.Read(); // a BOM left by a reader that did not detect the encoding
        field.Clear();
        var quoted = false;      // inside an open quote
        var wasQuoted = false;   // this field began with a quote
        while (true)
        {
            if (c < 0)
            {
                if (quoted)
                    throw new InputFileException(SourceName, RecordLine, $"field {fields.Count + 1}", "end of file",
                        "a closing double quote for the quoted field that starts on this line");
                atEnd = true;
                fields.Add(field.ToString());
                return true;
            }
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                        quoted = false;
                }
                else
                {
                    if (ch == '\n' || (ch == '\r' && reader.Peek() != '\n'))
                        line++;
                    field.Append(ch);
                }
            }
            else if (ch == '"' && field.Length == 0 && !wasQuoted)
            {
                quoted = true;
                wasQuoted = true;
            }
            else if (ch == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                wasQuoted = false;
            }
            else if (ch == '\r' || ch == '\n')
            {
                if (ch == '\r' && reader.Peek() == '\n')
                    reader.Read();
                line++;
                fields.Add(field.ToString());
                if (reader.Peek() < 0)
                    atEnd = true;
                return true;
            }
            else
                field.Append(ch); // a quote inside an unquoted field is kept as data (lenient, as Excel writes it)
            c = reader.Read();
        }
    }
}
