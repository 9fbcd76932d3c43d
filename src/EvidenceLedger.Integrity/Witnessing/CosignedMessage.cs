using System.Globalization;
using EvidenceLedger.Integrity.Checkpoints;

namespace EvidenceLedger.Integrity.Witnessing;

/// <summary>
/// What a cosignature/v1 signs: <c>cosignature/v1\ntime &lt;POSIX seconds&gt;\n</c> followed by the whole checkpoint
/// body (the note text without its signature lines, final newline included).
/// </summary>
public static class CosignedMessage
{
    public const string Header = "cosignature/v1";

    public static byte[] Of(string checkpointText, ulong timestamp)
    {
        ArgumentNullException.ThrowIfNull(checkpointText);
        return NoteText.StrictUtf8.GetBytes($"{Header}\ntime {timestamp.ToString(CultureInfo.InvariantCulture)}\n{checkpointText}");
    }
}
