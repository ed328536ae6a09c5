using System.Text.Json;
using System.Text.Json.Serialization;
using MineRose.Core.Screening;

namespace MineRose.IO.Screening;

/// <summary>The JSON form of a <see cref="MineScreeningResult"/>: the payload a screening store keeps.</summary>
public static class MineScreeningResultJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        WriteIndented = false,
    };

    /// <summary>The result as compact JSON.</summary>
    /// <param name="result">The result.</param>
    public static string Serialize(MineScreeningResult result) => JsonSerializer.Serialize(result, Options);

    /// <summary>A result from its JSON.</summary>
    /// <param name="json">The JSON text.</param>
    public static MineScreeningResult Deserialize(string json) =>
        JsonSerializer.Deserialize<MineScreeningResult>(json, Options) ?? throw new JsonException("a screening result was null");
}
