namespace MineRose.Core.Screening;

/// <summary>One evaluated mine as a store keeps it: its key and the result serialised as JSON, so a store need not know
/// the result's shape.</summary>
/// <param name="Key">The mine, design and model version.</param>
/// <param name="PayloadJson">The screening result of that mine, as JSON.</param>
public sealed record ScreeningRecord(ScreeningKey Key, string PayloadJson);
