using System.Text.Json.Serialization;
using MineRose.Core.Screening;

namespace MineRose.IO.Screening;

/// <summary>Compile-time JSON metadata of <see cref="MineScreeningResult"/> (System.Text.Json source generation [258]): every mine's
/// payload is written by a worker and read back for the outputs, so reflection is kept out of both.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    WriteIndented = false)]
[JsonSerializable(typeof(MineScreeningResult))]
internal sealed partial class MineScreeningResultJsonContext : JsonSerializerContext;
