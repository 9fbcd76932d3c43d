using EvidenceLedger.Integrity.Witnessing;

namespace EvidenceLedger.Server.Witnessing.Cosigning;

/// <summary>
/// Reads <c>Ledger:Witnesses</c>: a list of <c>{ "Url": "https://witness.example/prefix", "VerifierKey": "name+keyid+base64" }</c>,
/// as it is now (the configuration may be reloaded); parsed again only when the section changed.
/// </summary>
public sealed class WitnessConfiguration(IConfiguration configuration)
{
    public const string Section = "Ledger:Witnesses";

    private Parsed _parsed = new("", []);

    public bool AnyConfigured => configuration.GetSection(Section).GetChildren().Any();

    /// <exception cref="FormatException">A witness's URL or verifier key is not valid.</exception>
    public IReadOnlyList<ConfiguredWitness> Current()
    {
        var entries = configuration.GetSection(Section).GetChildren().ToList();
        var raw = string.Join('\n', entries.Select(e => $"{e["Url"]} {e["VerifierKey"]}"));
        var parsed = _parsed;
        if (!string.Equals(raw, parsed.Raw, StringComparison.Ordinal))
        {
            parsed = new Parsed(raw, [.. entries.Select(Witness)]);
            _parsed = parsed;
        }

        return parsed.Witnesses;
    }

    private static ConfiguredWitness Witness(IConfigurationSection entry)
    {
        var url = entry["Url"];
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new FormatException($"{entry.Path}:Url '{url}' is not an http or https URL.");
        }

        var key = entry["VerifierKey"] ?? throw new FormatException($"{entry.Path}:VerifierKey is missing.");
        try
        {
            return new ConfiguredWitness(uri, WitnessVerifierKey.Parse(key.Trim()));
        }
        catch (FormatException e)
        {
            throw new FormatException($"{entry.Path}:VerifierKey: {e.Message}", e);
        }
    }

    private sealed record Parsed(string Raw, IReadOnlyList<ConfiguredWitness> Witnesses);
}
