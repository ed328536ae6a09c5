namespace MineRose.IO.Weather;

/// <summary>How a file format names each quantity, for error messages.</summary>
internal sealed record WeatherFieldNames(
    string Ghi, string Dni, string Dhi, string TempAir, string WindSpeed, string RelativeHumidity, string Pressure);
