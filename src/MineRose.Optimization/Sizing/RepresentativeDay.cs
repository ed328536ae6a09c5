namespace MineRose.Optimization.Sizing;

/// <summary>One representative day: a real day of the year (the medoid of its cluster) and how many days it stands for.</summary>
/// <param name="DayIndex">Index of the day, 0 for the 24 h starting at the grid's first interval [d].</param>
/// <param name="FirstStep">Index of the day's first interval on the grid.</param>
/// <param name="WeightDays">Number of days of the year the day represents (its cluster's size) [d].</param>
public sealed record RepresentativeDay(int DayIndex, int FirstStep, double WeightDays);
