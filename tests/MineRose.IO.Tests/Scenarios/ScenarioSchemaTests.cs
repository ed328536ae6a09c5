using System.Text.Json;
using MineRose.IO.Scenarios;

namespace MineRose.IO.Tests.Scenarios;

public class ScenarioSchemaTests
{
    private static readonly string SchemaPath = Path.Combine(AppContext.BaseDirectory, "scenarios", "schema", "scenario.schema.json");

    private static void Collect(JsonElement node, string path, List<string> paths)
    {
        if (!node.TryGetProperty("properties", out var properties))
            return;
        Assert.False(node.TryGetProperty("additionalProperties", out var extra) && extra.ValueKind != JsonValueKind.False,
            $"section '{path}' must forbid unknown keys, as the loader does");
        foreach (var p in properties.EnumerateObject())
        {
            var full = path.Length == 0 ? p.Name : $"{path}.{p.Name}";
            paths.Add(full);
            var child = p.Value;
            if (child.TryGetProperty("items", out var items))
                Collect(items, full + "[]", paths);
            else
                Collect(child, full, paths);
        }
    }

    [Fact]
    public void Every_key_the_loader_accepts_is_in_the_schema_and_vice_versa()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(SchemaPath));
        var paths = new List<string>();
        Collect(schema.RootElement, "", paths);
        var fromSchema = paths.Order(StringComparer.Ordinal).ToList();
        // ScenarioKeys lists list-valued keys both as a key of their parent ("assets.pv") and as a section ("assets.pv[]").
        Assert.Equal(ScenarioKeys.AllPaths, fromSchema);
    }

    [Fact]
    public void Every_shipped_scenario_uses_only_keys_of_the_schema()
    {
        // The loader rejects unknown keys; the shipped files load, so their keys are a subset of ScenarioKeys = schema.
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "scenarios"), "*.yaml"))
            Assert.NotNull(ScenarioLoader.Load(file));
    }

    [Fact]
    public void Every_key_of_the_key_table_is_read_by_the_loader()
    {
        // A file that sets every settable key once (apart from mutually exclusive alternatives) must load: a key in the table
        // that the loader never read would be reported as "does not apply" by ScenarioSection.Finish.
        var s = ScenarioLoader.Load(Path.Combine(AppContext.BaseDirectory, "TestData", "scenarios", "every-key.yaml"));
        Assert.Equal(0.7, s.Design.Carbon.GridFactor.TonnesCo2PerMwh);
        Assert.Equal(7, s.Design.Economics.PvLifetimeYears);
        Assert.Equal(3, s.SimulatedYears);
    }
}
