namespace MineRose.IO.Weather;

/// <summary>Why a column's missing values cannot be filled: where the trouble starts, and what was found and expected.</summary>
internal readonly record struct GapProblem(int FirstIndex, string Value, string Expected);
