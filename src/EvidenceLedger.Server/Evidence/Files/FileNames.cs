using EvidenceLedger.Evidence.Texts;
using EvidenceLedger.Server.Problems;

namespace EvidenceLedger.Server.Evidence.Files;

/// <summary>The name an uploaded file is kept under: the name it was sent with, when that is a name the ledger can keep.</summary>
public static class FileNames
{
    public const string Fallback = "file";

    public static string Clean(string? sent)
    {
        // Browsers send a bare name, some clients a path; only the last part is the file's name.
        var last = Path.GetFileName(sent?.Replace('\\', '/'));
        if (string.IsNullOrEmpty(last) || UnstorableText.Problem(last) is not null || FreeText.Optional(last, "file", "The file's name", TextLimits.FileName) is not null)
            return Fallback;
        return FreeText.CleanOrNull(last) ?? Fallback;
    }
}
