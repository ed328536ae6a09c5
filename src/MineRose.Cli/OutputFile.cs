namespace MineRose.Cli;

/// <summary>Writes an output file whole or not at all: to a temporary file first, then renamed into place.</summary>
/// <remarks>A run that fails half-way never leaves a partial file that looks complete.</remarks>
internal static class OutputFile
{
    public static void Write(FileInfo file, Action<TextWriter> write)
    {
        var directory = file.Directory ?? new DirectoryInfo(".");
        directory.Create();
        var temporary = Path.Combine(directory.FullName, $".{file.Name}.{Environment.ProcessId}.tmp");
        try
        {
            using (var writer = new StreamWriter(temporary))
                write(writer);
            File.Move(temporary, file.FullName, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
