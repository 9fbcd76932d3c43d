namespace EvidenceLedger.Evidence.Claims.Citing;

/// <summary>One key per cited document, whichever kind it is, so that the same passage of it is cited only once per claim.</summary>
public static class CitedDocument
{
    public static string Key(string? url, string? fileSha256, string? reference) =>
        url ?? (fileSha256 is not null ? "file:" + fileSha256 : "reference:" + reference);
}
