namespace EvidenceLedger.Server.Evidence.Importing;

/// <summary>What an import file holds, one of each a row.</summary>
public enum ImportKind
{
    Incidents,
    Sources,
    Claims,
}

public static class ImportKinds
{
    public const string Names = "incidents, sources, claims";

    /// <summary>The kind named (any case); none named is incidents, as before sources and claims could be imported.</summary>
    public static ImportKind? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" or "incidents" => ImportKind.Incidents,
        "sources" => ImportKind.Sources,
        "claims" => ImportKind.Claims,
        _ => null,
    };

    public static string Name(this ImportKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>Where what an import recorded can be listed.</summary>
    public static string Location(this ImportKind kind) => kind == ImportKind.Sources ? "/api/sources" : "/api/incidents";
}
