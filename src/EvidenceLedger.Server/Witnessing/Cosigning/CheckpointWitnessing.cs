using EvidenceLedger.Integrity.Logging;
using EvidenceLedger.Integrity.Witnessing;
using NodaTime;

namespace EvidenceLedger.Server.Witnessing.Cosigning;

/// <summary>
/// Asks every configured witness to cosign the latest checkpoint, with a consistency proof from the size that witness
/// last cosigned (taken from the stored cosignatures, corrected by the witness's 409), and stores each cosignature that
/// verifies with the witness's configured key. Rounds run beside the leader's loop, never inside it: a slow or dead
/// witness delays nothing but its own cosignatures, and is asked again after <see cref="RetryInterval"/>. The witnesses
/// are read from the configuration at every round, so a reloaded configuration adds or removes witnesses as it runs.
/// </summary>
public sealed class CheckpointWitnessing
{
    public static readonly Duration RetryInterval = Duration.FromSeconds(2);

    private readonly Lock _lock = new();
    private readonly Dictionary<WitnessVerifierKey, WitnessProgress> _progress = [];
    private readonly WitnessConfiguration _witnesses;
    private readonly WitnessClient _client;
    private readonly CheckpointLog _checkpoints;
    private readonly MerkleLog _log;
    private readonly CheckpointCosignatures _cosignatures;
    private readonly IClock _clock;
    private readonly ILogger<CheckpointWitnessing> _logger;
    private Task _round = Task.CompletedTask;

    /// <exception cref="FormatException">The configured witnesses are not valid, so the leader does not start with them.</exception>
    public CheckpointWitnessing(WitnessConfiguration witnesses, WitnessClient client, CheckpointLog checkpoints, MerkleLog log,
        CheckpointCosignatures cosignatures, IClock clock, ILogger<CheckpointWitnessing> logger)
    {
        (_witnesses, _client, _checkpoints, _log, _cosignatures, _clock, _logger) = (witnesses, client, checkpoints, log, cosignatures, clock, logger);
        Refresh(witnesses.Current());
    }

    public IReadOnlyList<WitnessProgress> Progress
    {
        get
        {
            lock (_lock)
            {
                return [.. _progress.Values];
            }
        }
    }

    /// <summary>Starts a round unless one is running or no witness is configured; returns at once.</summary>
    public void Start(CancellationToken ct)
    {
        lock (_lock)
        {
            if (_round.IsCompleted && _witnesses.AnyConfigured)
            {
                _round = Task.Run(() => RunRoundAsync(ct), ct);
            }
        }
    }

    /// <summary>One pass: every witness that is due and has not cosigned the latest checkpoint is asked to, all at once.</summary>
    public async Task RunRoundAsync(CancellationToken ct)
    {
        try
        {
            Refresh(_witnesses.Current());
            if (await _checkpoints.LatestAsync(ct) is not { } latest)
            {
                return;
            }

            var now = _clock.GetCurrentInstant();
            var due = Progress.Where(p => p.CosignedSize < latest.TreeSize && p.NextAttempt <= now).ToList();
            await Task.WhenAll(due.Select(p => AskAsync(p, latest, ct)));
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (FormatException e)
        {
            _logger.LogError(e, "The configured witnesses are not valid; none is asked until the configuration is fixed.");
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // A round runs detached from the leader's loop: whatever failed (e.g. the database) is logged here, and the
            // next round tries again.
            _logger.LogError(e, "A round of asking the witnesses failed.");
        }
    }

    private void Refresh(IReadOnlyList<ConfiguredWitness> configured)
    {
        lock (_lock)
        {
            foreach (var gone in _progress.Keys.Where(key => configured.All(w => w.Key != key)).ToList())
            {
                _progress.Remove(gone);
            }

            foreach (var witness in configured)
            {
                if (!_progress.TryGetValue(witness.Key, out var known) || known.Witness != witness)
                {
                    _progress[witness.Key] = WitnessProgress.Initial(witness);
                }
            }
        }
    }

    private async Task AskAsync(WitnessProgress progress, StoredCheckpoint latest, CancellationToken ct)
    {
        try
        {
            var size = progress.WitnessedSize ?? await _cosignatures.LatestCosignedSizeAsync(progress.Witness.Key, ct) ?? 0;
            // A 409 tells the size the witness holds; the request is then made again once, from that size.
            for (var attempt = 0; attempt < 2; attempt++)
            {
                if (size > latest.TreeSize)
                {
                    Record(progress, size, null, $"The witness cosigned size {size}, larger than the ledger's latest checkpoint {latest.TreeSize}.");
                    return;
                }

                var proof = size == 0 || size == latest.TreeSize ? [] : (await _log.ConsistencyProofAsync(size, latest.TreeSize, ct)).Hashes;
                var reply = await _client.AddCheckpointAsync(progress.Witness.Url, new AddCheckpointRequest(size, proof, latest.Note), ct);
                if (reply.WitnessedSize is { } held && held != size)
                {
                    size = held;
                    continue;
                }

                await ApplyAsync(progress, latest, size, reply, ct);
                return;
            }

            Record(progress, size, StatusCodes.Status409Conflict, "The witness's size kept changing.");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or ProofRequestException && !ct.IsCancellationRequested)
        {
            Record(progress, progress.WitnessedSize, null, e.Message);
        }
    }

    private async Task ApplyAsync(WitnessProgress progress, StoredCheckpoint latest, long size, WitnessReply reply, CancellationToken ct)
    {
        if (!reply.Cosigned)
        {
            Record(progress, size, reply.Status, reply.Body.Trim());
            return;
        }

        var stored = false;
        foreach (var cosignature in SafeParse(reply.Body).Where(progress.Witness.Key.IsKeyOf))
        {
            stored |= await _cosignatures.AddAsync(latest.TreeSize, progress.Witness.Key, cosignature, _clock.GetCurrentInstant(), ct);
        }

        if (stored)
        {
            lock (_lock)
            {
                _progress[progress.Witness.Key] = progress with { WitnessedSize = latest.TreeSize, CosignedSize = latest.TreeSize, LastOutcome = "cosigned", LastStatus = reply.Status };
            }
        }
        else
        {
            Record(progress, latest.TreeSize, reply.Status, "The witness answered without a cosignature that verifies with its configured key.");
        }
    }

    private void Record(WitnessProgress progress, long? size, int? status, string outcome)
    {
        _logger.LogWarning("Witness {Witness} ({Url}) did not cosign: {Status} {Outcome}", progress.Witness.Key.Name, progress.Witness.Url, status, outcome);
        lock (_lock)
        {
            _progress[progress.Witness.Key] = progress with
            {
                WitnessedSize = size,
                LastOutcome = outcome,
                LastStatus = status,
                NextAttempt = _clock.GetCurrentInstant() + RetryInterval,
            };
        }
    }

    private static IReadOnlyList<Cosignature> SafeParse(string body)
    {
        try
        {
            return Cosignature.ParseLines(body);
        }
        catch (FormatException)
        {
            return [];
        }
    }
}
