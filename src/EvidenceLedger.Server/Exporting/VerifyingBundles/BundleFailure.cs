namespace EvidenceLedger.Server.Exporting.VerifyingBundles;

/// <summary>The first thing found wrong with a bundle: in which file, where in it (an event, a leaf, a line, a JSON path), and what differed.</summary>
public sealed record BundleFailure(string File, string? Location, string Problem)
{
    public override string ToString() => Location is null ? $"{File}: {Problem}" : $"{File}, {Location}: {Problem}";
}

/// <summary>A check that found the bundle wanting; carries the <see cref="BundleFailure"/> up to the verifier.</summary>
public sealed class BundleFailureException(BundleFailure failure) : Exception(failure?.ToString())
{
    public BundleFailure Failure { get; } = failure!;
}
