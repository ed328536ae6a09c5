namespace MineRose.Core.Storage;

/// <summary>The state of a shaft pumped-hydro plant between intervals: the water in each reservoir and what the units are doing.</summary>
/// <remarks>Water volume, not an abstract state of charge, is the state, so that levels, head and losses follow
/// from the geometry at every step.</remarks>
/// <param name="UpperVolumeM3">Water stored in the upper reservoir [m³].</param>
/// <param name="LowerVolumeM3">Water stored in the lower reservoir [m³].</param>
/// <param name="Mode">What the units were doing at the end of the last interval.</param>
/// <param name="PowerKw">Running electrical power at the end of the last interval [kW], positive generating, negative pumping, 0 idle.</param>
public readonly record struct ShaftPumpedHydroState(double UpperVolumeM3, double LowerVolumeM3, PumpedHydroMode Mode = PumpedHydroMode.Idle, double PowerKw = 0);
