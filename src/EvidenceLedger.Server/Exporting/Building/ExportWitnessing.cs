using System.Diagnostics;
using EvidenceLedger.Integrity.Logging;
using EvidenceLedger.Integrity.Witnessing;
using EvidenceLedger.Server.Witnessing.Cosigning;

namespace EvidenceLedger.Server.Exporting.Building;

/// <summary>
/// The checkpoint an export event is proven against, with the witnesses' cosignatures: when witnesses are configured,
/// the signed checkpoint given or a later one that every configured witness cosigned (witnesses cosign the latest
/// checkpoint they are shown, so a later one may be cosigned first). A witness that has not answered within
/// <see cref="Patience"/> does not stop the export: the bundle then carries the cosignatures there are, and
/// <c>verify-bundle --witness</c> names the missing ones.
/// </summary>
public sealed class ExportWitnessing(WitnessConfiguration witnesses, CheckpointWitnessing witnessing, CheckpointLog checkpoints,
    CheckpointCosignatures cosignatures, ILogger<ExportWitnessing> logger)
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    public async Task<(StoredCheckpoint Checkpoint, string Note)> CosignedAsync(StoredCheckpoint proven, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(proven);
        var wanted = Configured();
        if (wanted.Count == 0) return (proven, proven.Note);

        var waited = Stopwatch.StartNew();
        while (true)
        {
            var latest = await checkpoints.LatestAsync(ct) ?? proven;
            foreach (var candidate in latest.TreeSize > proven.TreeSize ? [proven, latest] : new[] { proven })
            {
                var cosigned = (await cosignatures.OfCheckpointAsync(candidate.TreeSize, ct)).Select(c => c.WitnessKey).ToHashSet(StringComparer.Ordinal);
                if (wanted.All(witness => cosigned.Contains(witness.Key.ToString())))
                    return (candidate, await NoteAsync(candidate, ct));
            }
            if (waited.Elapsed > Patience)
            {
                logger.LogWarning("Not every configured witness cosigned checkpoint {TreeSize} within {Patience}; the bundle carries the cosignatures there are.",
                    proven.TreeSize, Patience);
                return (proven, await NoteAsync(proven, ct));
            }
            witnessing.Start(ct);
            await Task.Delay(PollInterval, ct);
        }
    }

    private async Task<string> NoteAsync(StoredCheckpoint checkpoint, CancellationToken ct) =>
        await cosignatures.CosignedNoteAsync(checkpoint.TreeSize, ct) ?? checkpoint.Note;

    private IReadOnlyList<ConfiguredWitness> Configured()
    {
        try
        {
            return witnesses.AnyConfigured ? witnesses.Current() : [];
        }
        catch (FormatException e)
        {
            // The leader logs it and asks no witness; an export cannot wait for cosignatures no one requests.
            logger.LogWarning("Exporting without witnesses: {Problem}", e.Message);
            return [];
        }
    }
}
