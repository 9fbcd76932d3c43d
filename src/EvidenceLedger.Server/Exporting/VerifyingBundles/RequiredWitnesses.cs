using EvidenceLedger.Integrity.Witnessing;

namespace EvidenceLedger.Server.Exporting.VerifyingBundles;

/// <summary>
/// The witnesses whose cosignatures the checker requires on the export's checkpoint (<c>--witness</c>, repeatable) and how
/// many of them must have cosigned it (<c>--witness-threshold</c>, by default all).
/// </summary>
public sealed record RequiredWitnesses(IReadOnlyList<WitnessVerifierKey> Keys, int Threshold)
{
    public static RequiredWitnesses None { get; } = new([], 0);

    /// <exception cref="FormatException">A key is not a witness verifier key, or the threshold is not between 1 and the number of keys.</exception>
    public static RequiredWitnesses Of(IEnumerable<string> verifierKeys, int? threshold)
    {
        ArgumentNullException.ThrowIfNull(verifierKeys);
        var keys = verifierKeys.Select(key =>
        {
            try
            {
                return WitnessVerifierKey.Parse(key.Trim());
            }
            catch (FormatException e)
            {
                throw new FormatException($"--witness {key.Trim()}: {e.Message}", e);
            }
        }).Distinct().ToList();
        if (keys.Count == 0)
            return threshold is null ? None : throw new FormatException("--witness-threshold needs at least one --witness.");
        var required = threshold ?? keys.Count;
        if (required < 1 || required > keys.Count)
            throw new FormatException($"--witness-threshold must be between 1 and the {keys.Count} witnesses given, not {required}.");
        return new RequiredWitnesses(keys, required);
    }
}
