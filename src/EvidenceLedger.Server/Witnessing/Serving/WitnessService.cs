using EvidenceLedger.Integrity.Checkpoints;
using EvidenceLedger.Integrity.Witnessing;
using NodaTime;

namespace EvidenceLedger.Server.Witnessing.Serving;

/// <summary>
/// One witness for one log: decides each add-checkpoint request against the state on disk, one request at a time, and
/// persists a new state before its cosignature is returned (C2SP tlog-witness requires check and update to be atomic).
/// </summary>
public sealed class WitnessService : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CheckpointWitness _witness;
    private readonly WitnessStateFile _state;
    private readonly IClock _clock;
    private WitnessedTree? _current;

    public WitnessService(WitnessSigner signer, NoteVerifier log, DirectoryInfo stateDirectory, IClock clock)
    {
        _witness = new CheckpointWitness(signer, log);
        _state = new WitnessStateFile(stateDirectory, log.KeyName);
        _clock = clock;
        _current = _state.Load();
        Signer = signer;
    }

    public WitnessSigner Signer { get; }

    public async Task<WitnessDecision> AddCheckpointAsync(AddCheckpointRequest request, string requestBody, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var now = _clock.GetCurrentInstant();
            var decision = _witness.Decide(request, _current, (ulong)now.ToUnixTimeSeconds());
            if (decision.NewState is { } next)
            {
                _state.Save(next);
                _current = next;
            }
            else if (decision.MayShowMisbehaviour)
            {
                _state.KeepRefused(requestBody, decision, now);
            }

            return decision;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
