namespace EvidenceLedger.Server.Evidence.Importing;

/// <summary>Where a long import is: checking its rows, then recording them; <see cref="Done"/> of <see cref="Total"/>.</summary>
public sealed record ImportProgress(ImportStage Stage, int Done, int Total);

public enum ImportStage
{
    Reading,
    Checking,
    Recording,
}
