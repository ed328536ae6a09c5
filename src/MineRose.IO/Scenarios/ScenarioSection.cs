using System.Globalization;
using MineRose.Core;
using YamlDotNet.RepresentationModel;

namespace MineRose.IO.Scenarios;

/// <summary>One mapping of a scenario file with typed, line-aware reads; every key it is asked for must be declared in
/// <see cref="ScenarioKeys"/>, and <see cref="Finish"/> rejects keys the file holds that were not read.</summary>
internal sealed class ScenarioSection
{
    private readonly YamlMappingNode _node;
    private readonly IReadOnlyList<string> _allowed;
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);
    private readonly List<(string Key, int Line, string Text)> _scalars = [];
    private readonly int _headerLine;

    public ScenarioSection(string file, string path, YamlMappingNode node, string schemaSection, int headerLine = 0)
    {
        _headerLine = headerLine;
        File = file;
        Path = path;
        _node = node;
        _allowed = ScenarioKeys.Sections.TryGetValue(schemaSection, out var keys)
            ? keys : throw new InvalidOperationException($"section '{schemaSection}' is not declared in ScenarioKeys");
        foreach (var (k, v) in node.Children)
        {
            if (k is not YamlScalarNode key || key.Value is null)
                throw new InputFileException(file, Line(k), path, k.ToString(), "a plain key");
            if (!_allowed.Contains(key.Value))
                throw new InputFileException(file, Line(k), Full(key.Value), key.Value,
                    "a known key (a typo is never ignored); allowed here: " + string.Join(", ", _allowed));
            if (!_entries.TryAdd(key.Value, (key, v)))
                throw new InputFileException(file, Line(k), Full(key.Value), key.Value, "each key once per section");
        }
    }

    /// <summary>The file as the user named it.</summary>
    public string File { get; }

    /// <summary>Dotted key path of this section ("" for the root).</summary>
    public string Path { get; }

    /// <summary>1-based line of the section's first key.</summary>
    public int StartLine => _headerLine > 0 ? _headerLine : Line(_node);

    public static int Line(YamlNode node) => (int)Math.Min(int.MaxValue, node.Start.Line);

    public string Full(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    public bool Has(string key)
    {
        Declare(key);
        return _entries.ContainsKey(key);
    }

    private void Declare(string key)
    {
        if (!_allowed.Contains(key))
            throw new InvalidOperationException($"the loader reads '{Full(key)}', which ScenarioKeys does not declare");
    }

    private YamlNode? Raw(string key)
    {
        Declare(key);
        if (!_entries.TryGetValue(key, out var e))
            return null;
        _read.Add(key);
        return e.Value;
    }

    private YamlScalarNode? Scalar(string key, string expected)
    {
        var node = Raw(key);
        if (node is null)
            return null;
        if (node is YamlScalarNode s && s.Value is { Length: > 0 } && s.Value != "~" && s.Value != "null")
        {
            _scalars.Add((key, Line(s), s.Value));
            return s;
        }
        throw new InputFileException(File, Line(node), Full(key), Describe(node), expected);
    }

    private static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode s => s.Value ?? "",
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        _ => node.ToString(),
    };

    public InputFileException Missing(string key, string expected) =>
        new(File, StartLine, Full(key), "(missing)", expected);

    public double? OptionalNumber(string key, double min = double.NegativeInfinity, double max = double.PositiveInfinity)
    {
        var expected = RangeText(min, max);
        var s = Scalar(key, expected);
        if (s is null)
            return null;
        if (!double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
            throw new InputFileException(File, Line(s), Full(key), s.Value!, expected);
        if (v < min || v > max)
            throw new InputFileException(File, Line(s), Full(key), s.Value!, expected);
        return v;
    }

    public double Number(string key, double fallback, double min = double.NegativeInfinity, double max = double.PositiveInfinity) =>
        OptionalNumber(key, min, max) ?? fallback;

    public double RequiredNumber(string key, double min = double.NegativeInfinity, double max = double.PositiveInfinity) =>
        OptionalNumber(key, min, max) ?? throw Missing(key, RangeText(min, max));

    public int? OptionalInteger(string key, int min, int max)
    {
        var expected = string.Create(CultureInfo.InvariantCulture, $"a whole number in [{min}, {max}]");
        var s = Scalar(key, expected);
        if (s is null)
            return null;
        if (!int.TryParse(s.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) || v < min || v > max)
            throw new InputFileException(File, Line(s), Full(key), s.Value!, expected);
        return v;
    }

    public int Integer(string key, int fallback, int min, int max) => OptionalInteger(key, min, max) ?? fallback;

    public bool Boolean(string key, bool fallback)
    {
        var s = Scalar(key, "true or false");
        if (s is null)
            return fallback;
        return s.Value switch
        {
            "true" => true,
            "false" => false,
            _ => throw new InputFileException(File, Line(s), Full(key), s.Value!, "true or false"),
        };
    }

    public string? OptionalText(string key)
    {
        var s = Scalar(key, "a text");
        return s?.Value;
    }

    /// <summary>A name from a closed list; <paramref name="choices"/> maps each accepted name to its value.</summary>
    public T? Choice<T>(string key, IReadOnlyDictionary<string, T> choices)
    {
        var expected = "one of: " + string.Join(", ", choices.Keys);
        var s = Scalar(key, expected);
        if (s is null)
            return default;
        return choices.TryGetValue(s.Value!, out var v)
            ? v : throw new InputFileException(File, Line(s), Full(key), s.Value!, expected);
    }

    /// <summary>The line of a key's value, or of the section when the key is absent.</summary>
    public int LineOf(string key) => _entries.TryGetValue(key, out var e) ? Line(e.Value) : StartLine;

    public ScenarioSection? Child(string key, string? schemaSection = null)
    {
        var node = Raw(key);
        if (node is null)
            return null;
        if (node is not YamlMappingNode map)
            throw new InputFileException(File, Line(node), Full(key), Describe(node), "a mapping of keys");
        return new ScenarioSection(File, Full(key), map, schemaSection ?? SchemaName(key), Line(_entries[key].Key));
    }

    public IReadOnlyList<ScenarioSection>? List(string key, string? schemaSection = null)
    {
        var node = Raw(key);
        if (node is null)
            return null;
        if (node is not YamlSequenceNode seq)
            throw new InputFileException(File, Line(node), Full(key), Describe(node), "a list of mappings");
        var items = new List<ScenarioSection>();
        for (int i = 0; i < seq.Children.Count; i++)
        {
            var item = seq.Children[i];
            if (item is not YamlMappingNode map)
                throw new InputFileException(File, Line(item), $"{Full(key)}[{i}]", Describe(item), "a mapping of keys");
            items.Add(new ScenarioSection(File, string.Create(CultureInfo.InvariantCulture, $"{Full(key)}[{i}]"), map,
                (schemaSection ?? SchemaName(key)) + "[]", Line(item)));
        }
        return items;
    }

    private string SchemaName(string key)
    {
        var own = System.Text.RegularExpressions.Regex.Replace(Path, @"\[\d+\]", "[]");
        return own.Length == 0 ? key : $"{own}.{key}";
    }

    /// <summary>Rejects any key in the file that was not read (unknown keys were rejected on construction, listing the allowed ones).</summary>
    public void Finish()
    {
        foreach (var (name, (key, _)) in _entries)
        {
            if (_read.Contains(name))
                continue;
            throw new InputFileException(File, Line(key), Full(name), name,
                "no such key here: it does not apply with the other keys of this section (e.g. 'file' without source: file)");
        }
    }

    /// <summary>Runs a record's own validation and re-throws its error at the line of the key it names (or of the section).</summary>
    public T Validate<T>(Func<T> validate)
    {
        try
        {
            return validate();
        }
        catch (InvalidInputException e) when (e is not InputFileException)
        {
            var (key, line, text) = Locate(e);
            throw new InputFileException(File, line, key, text, e.Expected.Length > 0 ? e.Expected : e.Message);
        }
    }

    private (string Key, int Line, string Text) Locate(InvalidInputException e)
    {
        var field = Normalise(e.Field.Contains('.', StringComparison.Ordinal) ? e.Field[(e.Field.LastIndexOf('.') + 1)..] : e.Field);
        foreach (var (key, line, text) in _scalars)
            if (Normalise(key) == field)
                return (Full(key), line, text);
        var byValue = _scalars.Where(s => double.TryParse(s.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
            && Guard.Format(v) == e.Value).ToList();
        if (byValue.Count == 1)
            return (Full(byValue[0].Key), byValue[0].Line, byValue[0].Text);
        return (Path.Length == 0 ? e.Field : $"{Path} ({e.Field})", StartLine, e.Value);
    }

    private static string Normalise(string name) =>
        new(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static string RangeText(double min, double max) => (double.IsInfinity(min), double.IsInfinity(max)) switch
    {
        (true, true) => "a number",
        (false, true) => $"a number >= {Guard.Format(min)}",
        (true, false) => $"a number <= {Guard.Format(max)}",
        _ => $"a number in [{Guard.Format(min)}, {Guard.Format(max)}]",
    };
}
