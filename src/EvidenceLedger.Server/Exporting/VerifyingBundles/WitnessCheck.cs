using System.Globalization;
using EvidenceLedger.Integrity.Witnessing;
using EvidenceLedger.Server.Exporting.Bundle;

namespace EvidenceLedger.Server.Exporting.VerifyingBundles;

/// <summary>
/// The required witnesses cosigned the export's checkpoint: each witness refuses a checkpoint inconsistent with the last
/// one it cosigned, so their cosignatures show the ledger showed them this history and no other.
/// </summary>
internal static class WitnessCheck
{
    public static string Run(BundleFiles files, RequiredWitnesses required)
    {
        var result = CosignatureCheck.Check(BundleDocuments.Bytes(files, BundlePaths.ExportCheckpoint), required.Keys, required.Threshold);
        if (result.NoteError is { } error) throw Fail($"its cosignatures cannot be read: {error}");

        var cosigned = result.Cosigned.Select(c => c.Witness).ToHashSet();
        if (!result.ThresholdMet)
        {
            var missing = required.Keys.Where(key => !cosigned.Contains(key)).Select(Name);
            var invalid = result.Rejected.Select(r => $"{Name(r.Witness)} ({r.Reason})").ToList();
            throw Fail($"{Count(result.Cosigned.Count)} of the required {Count(required.Threshold)} witnesses cosigned it; "
                + $"no valid cosignature from {string.Join(", ", missing)}"
                + (invalid.Count > 0 ? $"; invalid: {string.Join(", ", invalid)}" : "") + ".");
        }
        return $"witnesses: {string.Join(", ", result.Cosigned.Select(c => Name(c.Witness)))} cosigned {BundlePaths.ExportCheckpoint} "
            + $"({Count(result.Cosigned.Count)} of {Count(required.Keys.Count)} given, {Count(required.Threshold)} required)";
    }

    private static string Name(WitnessVerifierKey key) => string.Join('+', key.ToString().Split('+').Take(2));

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static BundleFailureException Fail(string problem) => new(new BundleFailure(BundlePaths.ExportCheckpoint, "cosignatures", problem));
}
