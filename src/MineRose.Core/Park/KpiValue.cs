namespace MineRose.Core.Park;

/// <summary>One key performance indicator: its key (units in the name, as in <c>summary.json</c>), value and a label.</summary>
/// <param name="Key">Snake-case key with its unit, e.g. <c>pv_ac_mwh</c>.</param>
/// <param name="Value">The value in the key's unit; NaN where undefined (e.g. an IRR that does not exist).</param>
/// <param name="Label">A human-readable label for tables, e.g. "PV energy (AC)".</param>
public sealed record KpiValue(string Key, double Value, string Label);
