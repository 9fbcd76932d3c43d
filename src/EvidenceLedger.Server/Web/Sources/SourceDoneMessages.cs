namespace EvidenceLedger.Server.Web.Sources;

/// <summary>What the source page says after a change went through (the redirect names it, so a reload says nothing new).</summary>
public static class SourceDoneMessages
{
    public static string? For(string? done) => done switch
    {
        "regraded" => "The source is regraded.",
        "alias-added" => "The alias is added.",
        "identity-attached" => "The protected identity is saved, encrypted.",
        "identity-shredded" => "The protected identity is shredded: its key is destroyed and it can never be read again.",
        "registered" => "The source is registered.",
        "same-as" => "The source is marked as the same as the other one.",
        _ => null,
    };
}
