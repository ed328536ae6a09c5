namespace MineRose.Core.Tests.Pv;

/// <summary>A row geometry together with a sun position and sky, for property tests of the ground light.</summary>
public sealed record GeometryAndSky(MineRose.Core.Pv.ArrayGeometry Geometry, double ZenithDeg, double AzimuthDeg, double DniWm2, double DhiWm2);
