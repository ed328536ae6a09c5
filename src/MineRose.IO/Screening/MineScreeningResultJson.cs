using System.Text.Json;
using MineRose.Core.Screening;

namespace MineRose.IO.Screening;

/// <summary>The JSON form of a <see cref="MineScreeningResult"/>: the payload a screening store keeps.</summary>
public static class MineScreeningResultJson
{
    // Source-generated metadata (snake_case, NaN as "NaN"): the same JSON as the reflection serializer wrote, without its cost.
    private static readonly MineScreeningResultJsonContext Context = MineScreeningResultJsonContext.Default;

    /// <summary>The result as compact JSON.</summary>
    /// <param name="result">The result.</param>
    public static string Serialize(MineScreeningResult result) => JsonSerializer.Serialize(result, Context.MineScreeningResult);

    /// <summary>A result from its JSON.</summary>
    /// <param name="json">The JSON text.</param>
    public static MineScreeningResult Deserialize(string json) =>
        JsonSerializer.Deserialize(json, Context.MineScreeningResult) ?? throw new JsonException("a screening result was null");
}
