using System.Globalization;

namespace EvidenceLedger.EmbeddedPostgres;

/// <summary>
/// What a running postmaster says about itself in <c>postmaster.pid</c>: line 4 is its port and line 8
/// its state (<c>starting</c>, <c>ready</c>, <c>stopping</c>, <c>standby</c>).
/// </summary>
internal sealed record PostmasterPidFile(int Pid, int Port, string State)
{
    public const string Ready = "ready";

    public static PostmasterPidFile? TryRead(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        if (lines.Length < 4
            || !int.TryParse(lines[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            || !int.TryParse(lines[3], NumberStyles.None, CultureInfo.InvariantCulture, out var port))
            return null;
        return new PostmasterPidFile(pid, port, lines.Length >= 8 ? lines[7].Trim() : "");
    }
}
