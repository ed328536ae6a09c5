using System.Text;
using FsCheck;
using FsCheck.Fluent;
using MineRose.IO.Mines;

namespace MineRose.IO.Tests.Mines;

/// <summary>The RFC 4180 record reader: the examples of RFC 4180 §2 and a write-then-read property.</summary>
public sealed class CsvRecordReaderTests
{
    private static List<List<string>> ReadAll(string text)
    {
        var csv = new CsvRecordReader(new StringReader(text), "t.csv");
        var records = new List<List<string>>();
        var fields = new List<string>();
        while (csv.Read(fields))
            records.Add([.. fields]);
        return records;
    }

    [Fact]
    public void Rfc4180_examples_read_as_the_rfc_describes_them()
    {
        // RFC 4180 §2 rules 5–7: quoted fields; CRLF, commas and "" (one quote) inside quotes are data.
        var records = ReadAll("aaa,\"b\r\nbb\",ccc\r\nzzz,\"y\"\"yy\",xxx\r\n");
        Assert.Equal([["aaa", "b\r\nbb", "ccc"], ["zzz", "y\"yy", "xxx"]], records);
    }

    [Fact]
    public void Records_know_the_line_they_start_on_across_quoted_line_breaks()
    {
        var csv = new CsvRecordReader(new StringReader("h1,h2\n\"a\nb\nc\",d\ne,f"), "t.csv");
        var fields = new List<string>();
        var lines = new List<int>();
        while (csv.Read(fields))
            lines.Add(csv.RecordLine);
        Assert.Equal([1, 2, 5], lines);
    }

    [Fact]
    public void An_unclosed_quote_at_the_end_of_the_file_throws()
    {
        var error = Assert.Throws<InputFileException>(() => ReadAll("a,b\n\"c,d\n"));
        Assert.Equal(2, error.Line);
    }

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property Any_records_written_with_rfc4180_quoting_read_back_unchanged()
    {
        var cell = Gen.Elements("", "a", ",", "\"", "\n", "\r\n", "x y", "43,7025", "肥城").ListOf().Select(parts => string.Concat(parts));
        var record = cell.NonEmptyListOf().Select(l => l.ToList());
        var records = record.NonEmptyListOf().Select(l => l.ToList());
        return Prop.ForAll(records.ToArbitrary(), rs =>
        {
            // A record of one empty field is a blank line, which RFC 4180 does not distinguish from no record: avoid it.
            rs = [.. rs.Select(r => r.Count == 1 && r[0].Length == 0 ? ["z"] : r)];
            var text = new StringBuilder();
            foreach (var r in rs)
                text.Append(string.Join(',', r.Select(c => "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""))).Append("\r\n");
            var back = ReadAll(text.ToString());
            return back.Count == rs.Count && back.Zip(rs).All(p => p.First.SequenceEqual(p.Second));
        });
    }

    [Theory]
    [InlineData("43,7025", 43.7025)]   // GEM decimal comma
    [InlineData("-0,6435419215", -0.6435419215)]
    [InlineData("40.858", 40.858)]     // some closed-sheet cells use a point
    [InlineData("5\u00a0500", 5500)]   // no-break space as thousands group
    [InlineData("2. 5926", 2.5926)]    // stray space after the separator
    public void Gem_numbers_with_a_decimal_comma_or_point_are_read(string text, double expected)
    {
        Assert.True(MineFieldText.TryDecimalCommaOrPoint(text, out var value));
        Assert.Equal(expected, value, 12);
    }

    [Theory]
    [InlineData("TBD")]
    [InlineData("1-20")]
    [InlineData("2015/2016")]
    [InlineData("41.02985051408915, -0.5964618077206504")]
    [InlineData("")]
    public void Text_that_is_not_one_number_is_not_read_as_a_number(string text) =>
        Assert.False(MineFieldText.TryDecimalCommaOrPoint(text, out _));
}
