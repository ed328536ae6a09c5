using System.Text.Json;
using System.Text.Json.Serialization;

namespace MineRose.IO.Screening;

/// <summary>The description of a screening run, written as JSON so that any machine rebuilds the same evaluator from it
/// (<see cref="MineEvaluatorFactory"/>).</summary>
public sealed record ScreeningJob
{
    /// <summary>Mine lists (GEM sheets, user CSV or GeoJSON), full paths.</summary>
    public required IReadOnlyList<string> MineLists { get; init; }

    /// <summary>Template scenario file, or null for the built-in template (scenarios/screening/template.yaml).</summary>
    public string? TemplatePath { get; init; }

    /// <summary>Folder of EPW station files, or null for the embedded station normals.</summary>
    public string? WeatherDir { get; init; }

    /// <summary>Distance beyond which a mine runs on its station's synthetic year [km].</summary>
    public double MaxStationKm { get; init; } = 300;

    /// <summary>Statuses to keep (operating, proposed, mothballed, shelved, cancelled, closed); empty for the default candidates.</summary>
    public IReadOnlyList<string> Statuses { get; init; } = [];

    /// <summary>Mine types to keep (underground, surface, underground_and_surface, unknown); empty for all.</summary>
    public IReadOnlyList<string> Types { get; init; } = [];

    /// <summary>Provinces to keep; empty for all.</summary>
    public IReadOnlyList<string> Provinces { get; init; } = [];

    /// <summary>Reserves counted as running out below this many years [a].</summary>
    public double ReservesBelowYears { get; init; } = 10;

    /// <summary>Country read from GEM sheets; null for all.</summary>
    public string? Country { get; init; } = "China";

    /// <summary>Evaluate at most this many mines (the first in list order), or null for all.</summary>
    public int? Limit { get; init; }

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = false,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>The job as JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>A job from its JSON.</summary>
    /// <param name="json">The JSON text.</param>
    public static ScreeningJob FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonSerializer.Deserialize<ScreeningJob>(json, Json) ?? throw new InputFileException("(job)", 1, "(json)", "null", "a screening job object");
        }
        catch (JsonException e)
        {
            throw new InputFileException("(job)", (int)(e.LineNumber ?? 0) + 1, e.Path ?? "(json)", e.Message, "a screening job object");
        }
    }
}
