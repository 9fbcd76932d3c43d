using EvidenceLedger.EventStore;
using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Sources;
using EvidenceLedger.Evidence.Sources.Aliasing;
using EvidenceLedger.Evidence.Sources.Identifying;
using EvidenceLedger.Evidence.Sources.ProtectingIdentity;
using EvidenceLedger.Evidence.Sources.Registering;
using EvidenceLedger.Evidence.Sources.Regrading;
using EvidenceLedger.Evidence.Sources.ShreddingIdentity;
using EvidenceLedger.Evidence.Texts;
using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Evidence.Replaying;
using EvidenceLedger.Server.Evidence.Sources.ProtectingIdentity;
using Npgsql;

namespace EvidenceLedger.Server.Evidence.Sources;

/// <summary>
/// The application service for sources: load the stream, fold its state, decide, append at the version read (or the
/// caller's expected version). Protected identities are encrypted here under a per-source key kept in
/// <see cref="SourceKeyVault"/>; the events hold only the key id and the ciphertext. The actor is always the
/// authenticated user.
/// </summary>
public sealed class SourceCommands(LedgerEventStore store, EvidenceHistory history, SourceKeyVault vault)
{
    private delegate Task<Decided> Decider(SourceState state, NpgsqlConnection? connection, NpgsqlTransaction? tx, CancellationToken ct);

    private readonly record struct Decided(IReadOnlyList<ISourceEvent> Events, Rejection? Rejection)
    {
        public static Decided Reject(Rejection rejection) => new([], rejection);
    }

    /// <summary>
    /// Decides and appends <paramref name="command"/>. <see cref="ShredSourceIdentity"/> also destroys the key;
    /// protected identities are attached with <see cref="AttachIdentityAsync"/> (which encrypts), never as raw commands.
    /// </summary>
    /// <param name="expectedVersion">The version the caller last saw (If-Match); null to take the version just read.</param>
    /// <param name="reason">The reason recorded with the append; null takes the command's own reason or rationale, if it has one.</param>
    public Task<CommandOutcome> HandleAsync(ISourceCommand command, string actor, long? expectedVersion = null, string? reason = null,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command switch
        {
            RegisterSource register => RegisterAsync(register, actor, reason: reason, ct: ct),
            ShredSourceIdentity shred => ShredIdentityAsync(shred, actor, expectedVersion, ct),
            IdentifySourceAsSame same => IdentifyAsSameAsync(same, actor, expectedVersion, ct),
            AttachProtectedIdentity => throw new ArgumentException("Attach identities with AttachIdentityAsync, which encrypts them.", nameof(command)),
            _ => RunAsync(command.SourceId, expectedVersion, creates: false, actor, reason ?? ReasonOf(command), transactional: false,
                (state, _, _, _) => Task.FromResult(DecideAll(state, [command])), ct),
        };
    }

    /// <summary>
    /// Registers a source, optionally with aliases and a protected identity (encrypted under a new key), in one append.
    /// A refused alias or identity is named as in the registration request: <c>aliases[1]</c>, <c>protectedIdentity.realName</c>.
    /// </summary>
    public Task<CommandOutcome> RegisterAsync(RegisterSource command, string actor, IReadOnlyList<string>? aliases = null,
        ProtectedIdentityDetails? identity = null, string? reason = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        aliases ??= [];
        // Every field at fault is named at once: the registration's own, each alias's and the identity's.
        var problems = RegistrationProblems(command, aliases);
        if (identity is not null) problems.Add(IdentityText.Problem(identity.RealName, identity.Contact, "protectedIdentity."));
        if (Rejection.FirstOf(problems) is { Kind: RejectionKind.Invalid } invalid)
            return Task.FromResult<CommandOutcome>(new CommandOutcome.Rejected(invalid));
        if (identity is not null) identity = Cleaned(identity);

        var commands = new List<ISourceCommand> { command };
        commands.AddRange(aliases.Select(alias => new AddSourceAlias(command.SourceId, alias)));
        if (identity is null)
            return RunAsync(command.SourceId, null, creates: true, actor, reason, transactional: false, (state, _, _, _) => Task.FromResult(DecideAll(state, commands)), ct);

        return RunAsync(command.SourceId, null, creates: true, actor, reason, transactional: true, async (state, connection, tx, token) =>
        {
            var keyId = IdentityCipher.NewKeyId();
            var key = IdentityCipher.NewKey();
            commands.Add(new AttachProtectedIdentity(command.SourceId, keyId, IdentityCipher.Encrypt(key, command.SourceId, keyId, identity)));
            var decided = DecideAll(state, commands);
            if (decided.Rejection is null) await vault.InsertAsync(connection!, tx!, keyId, command.SourceId, key, token);
            return decided;
        }, ct);
    }

    /// <summary>
    /// The events registering a new source with its aliases would append, or every field at fault (named as in the
    /// registration request: <c>name</c>, <c>aliases[1]</c>). Pure: an import decides many registrations before appending any.
    /// </summary>
    public static (IReadOnlyList<ISourceEvent> Events, Rejection? Rejection) DecideRegistration(RegisterSource command, IReadOnlyList<string> aliases)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(aliases);
        if (Rejection.FirstOf(RegistrationProblems(command, aliases)) is { } rejection) return ([], rejection);
        var decided = DecideAll(SourceState.None, aliases.Select(alias => new AddSourceAlias(command.SourceId, alias)).Prepend<ISourceCommand>(command));
        return (decided.Events, decided.Rejection);
    }

    private static List<Rejection?> RegistrationProblems(RegisterSource command, IReadOnlyList<string> aliases)
    {
        var problems = new List<Rejection?> { SourceDecider.Decide(command, SourceState.None).Rejection };
        for (var i = 0; i < aliases.Count; i++)
        {
            var alias = aliases[i];
            problems.Add(FreeText.Required(alias, $"aliases[{i}]", "An alias", TextLimits.Alias)
                ?? (aliases.Take(i).Prepend(command.Name).Any(known => SourceState.SameName(known, alias))
                    ? Rejection.Invalid($"aliases[{i}]", $"'{FreeText.Clean(alias)}' is already the source's name or an earlier alias.")
                    : null));
        }
        return problems;
    }

    /// <summary>Attaches (or replaces) the source's protected identity, encrypted under the source's one key (created on first use).</summary>
    public Task<CommandOutcome> AttachIdentityAsync(Guid sourceId, ProtectedIdentityDetails identity, string actor, long? expectedVersion = null,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(identity);
        if (IdentityText.Problem(identity.RealName, identity.Contact, fieldPrefix: "") is { } invalid)
            return Task.FromResult<CommandOutcome>(new CommandOutcome.Rejected(invalid));
        identity = Cleaned(identity);

        return RunAsync(sourceId, expectedVersion, creates: false, actor, null, transactional: true, async (state, connection, tx, token) =>
        {
            // Every version of the identity is encrypted under the one key, so destroying it erases them all.
            var existing = state.Identity?.KeyId;
            var keyId = existing ?? IdentityCipher.NewKeyId();
            var key = existing is null ? IdentityCipher.NewKey() : await vault.FindAsync(connection!, tx, existing, token);
            if (key is null)
                return Decided.Reject(Rejection.Conflict("sourceId", "The key of the source's identity is missing, so the identity cannot be replaced."));

            var decided = DecideAll(state, [new AttachProtectedIdentity(sourceId, keyId, IdentityCipher.Encrypt(key, sourceId, keyId, identity))]);
            if (decided.Rejection is null && existing is null) await vault.InsertAsync(connection!, tx!, keyId, sourceId, key, token);
            return decided;
        }, ct);
    }

    /// <summary>
    /// Appends source_identity_shredded, deletes the source's key and re-wraps every other key under a fresh
    /// key-encryption key in the same transaction, then destroys the old key-encryption key: afterwards nothing that
    /// survives, not even an old dump or the WAL, opens the identity.
    /// </summary>
    public async Task<CommandOutcome> ShredIdentityAsync(ShredSourceIdentity command, string actor, long? expectedVersion = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using (await vault.HoldRotationAsync(ct))
        {
            try
            {
                return await RunAsync(command.SourceId, expectedVersion, creates: false, actor, ReasonOf(command), transactional: true,
                    async (state, connection, tx, token) =>
                    {
                        var decided = DecideAll(state, [command]);
                        if (decided.Rejection is null) await vault.ShredAsync(connection!, tx!, command.SourceId, token);
                        return decided;
                    }, ct);
            }
            finally
            {
                await vault.SettleHeldAsync(CancellationToken.None);
            }
        }
    }

    /// <summary>
    /// Marks the source as the same as another, deciding on what is known of both: the other source's state and whether any
    /// source is already marked as this one (so marks never chain).
    /// </summary>
    public async Task<CommandOutcome> IdentifyAsSameAsync(IdentifySourceAsSame command, string actor, long? expectedVersion = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (target, _) = command.SameAsSourceId == Guid.Empty ? (SourceState.None, 0L) : await LoadAsync(command.SameAsSourceId, ct);
        await using var marked = store.DataSource.CreateCommand($"SELECT EXISTS (SELECT 1 FROM {SourcesProjection.Table} WHERE view->>'sameAsSourceId' = $1)");
        marked.Parameters.Add(new NpgsqlParameter { Value = command.SourceId.ToString("D") });
        var othersMarked = (bool)(await marked.ExecuteScalarAsync(ct))!;
        var informed = command with { Target = target, OthersAreMarkedAsIt = othersMarked };
        return await RunAsync(command.SourceId, expectedVersion, creates: false, actor, FreeText.CleanOrNull(command.Reason), transactional: false,
            (state, _, _, _) => Task.FromResult(DecideAll(state, [informed])), ct);
    }

    /// <summary>Folds the source's stream: its state and version (0 when it was never registered).</summary>
    public Task<(SourceState State, long Version)> LoadAsync(Guid sourceId, CancellationToken ct = default) =>
        history.SourceStateAsync(sourceId, ReadLimit.None, ct);

    private async Task<CommandOutcome> RunAsync(Guid sourceId, long? expectedVersion, bool creates, string actor, string? reason, bool transactional,
        Decider decide, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var streamId = EvidenceStreams.Source(sourceId);
        var (state, version) = await LoadAsync(sourceId, ct);
        if (!state.Exists && !creates) return new CommandOutcome.Rejected(SourceDecider.NotFound);
        if (expectedVersion is { } expected && expected != version) return new CommandOutcome.StaleVersion(streamId, expected, version);

        var metadata = new AppendMetadata(actor, Guid.NewGuid(), Reason: reason);
        var expectedAppend = version == 0 ? ExpectedVersion.NoStream : ExpectedVersion.Exactly(version);
        try
        {
            if (!transactional)
            {
                var decided = await decide(state, null, null, ct);
                if (decided.Rejection is { } rejected) return new CommandOutcome.Rejected(rejected);
                var appended = await store.AppendAsync(streamId, expectedAppend, EvidenceEvents.ToAppend(decided.Events), metadata, ct);
                return new CommandOutcome.Accepted(streamId, appended.NextExpectedVersion, appended.LastPosition);
            }

            await using var connection = await store.DataSource.OpenConnectionAsync(ct);
            await using var tx = await connection.BeginTransactionAsync(ct);
            var inTransaction = await decide(state, connection, tx, ct);
            if (inTransaction.Rejection is { } rejection) return new CommandOutcome.Rejected(rejection);
            var result = await store.AppendAsync(connection, tx, streamId, expectedAppend, EvidenceEvents.ToAppend(inTransaction.Events), metadata, ct);
            await tx.CommitAsync(ct);
            return new CommandOutcome.Accepted(streamId, result.NextExpectedVersion, result.LastPosition);
        }
        catch (ConcurrencyException conflict)
        {
            return CommandOutcome.LostRace(streamId, expectedVersion, conflict);
        }
    }

    private static Decided DecideAll(SourceState state, IEnumerable<ISourceCommand> commands)
    {
        var events = new List<ISourceEvent>();
        foreach (var command in commands)
        {
            var decision = SourceDecider.Decide(command, state);
            if (decision.Rejection is { } rejection) return Decided.Reject(rejection);
            foreach (var @event in decision.Events)
            {
                events.Add(@event);
                state = SourceDecider.Evolve(state, @event);
            }
        }
        return new Decided(events, null);
    }

    private static ProtectedIdentityDetails Cleaned(ProtectedIdentityDetails identity) =>
        new(IdentityText.RealName(identity.RealName), IdentityText.Contact(identity.Contact));

    private static string? ReasonOf(ISourceCommand command) => command switch
    {
        RegradeSourceReliability regrade => FreeText.CleanOrNull(regrade.Rationale),
        ShredSourceIdentity shred => FreeText.CleanOrNull(shred.Reason),
        _ => null,
    };
}
