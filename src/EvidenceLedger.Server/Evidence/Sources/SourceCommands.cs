using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Sources;
using EvidenceLedger.Evidence.Sources.Aliasing;
using EvidenceLedger.Evidence.Sources.Identifying;
using EvidenceLedger.Evidence.Sources.ProtectingIdentity;
using EvidenceLedger.Evidence.Sources.Registering;
using EvidenceLedger.Evidence.Sources.Regrading;
using EvidenceLedger.Evidence.Sources.ShreddingIdentity;
using EvidenceLedger.Evidence.Texts;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Evidence.Replaying;
using EvidenceLedger.Server.Evidence.Sources.Deciding;
using EvidenceLedger.Server.Evidence.Sources.ProtectingIdentity;
using Wolverine;
using Wolverine.Runtime;

namespace EvidenceLedger.Server.Evidence.Sources;

/// <summary>
/// The application service for sources, as the HTTP endpoints, the pages, the imports and the demo loader call it: each
/// command goes to Wolverine's <see cref="DecideSourceHandler"/>, which decides on the stream as Marten fetches it for
/// writing and appends at the version read (or refuses when the caller's expected version is not the current one).
/// Protected identities are encrypted under a per-source key kept in <see cref="SourceKeyVault"/>; the events hold only
/// the key id and the ciphertext. The actor is always the authenticated user.
/// </summary>
public sealed class SourceCommands(IWolverineRuntime wolverine, EvidenceHistory history, SourceKeyVault vault, SourceQueries sources)
{
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
            _ => DecideAsync(command.SourceId, [command], null, creates: false, actor, expectedVersion, reason ?? ReasonOf(command), ct),
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

        var commands = aliases.Select(alias => (ISourceCommand)new AddSourceAlias(command.SourceId, alias)).Prepend(command).ToList();
        return DecideAsync(command.SourceId, commands, identity is null ? null : Cleaned(identity), creates: true, actor, null, reason, ct);
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
        return DecideSourceHandler.DecideAll(SourceState.None, aliases.Select(alias => new AddSourceAlias(command.SourceId, alias)).Prepend<ISourceCommand>(command));
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
        return DecideAsync(sourceId, [], Cleaned(identity), creates: false, actor, expectedVersion, null, ct);
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
                return await DecideAsync(command.SourceId, [command], null, creates: false, actor, expectedVersion, ReasonOf(command), ct);
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
        var informed = command with { Target = target, OthersAreMarkedAsIt = await sources.AnyMarkedAsAsync(command.SourceId, ct) };
        return await DecideAsync(command.SourceId, [informed], null, creates: false, actor, expectedVersion, FreeText.CleanOrNull(command.Reason), ct);
    }

    /// <summary>Folds the source's stream: its state and version (0 when it was never registered).</summary>
    public Task<(SourceState State, long Version)> LoadAsync(Guid sourceId, CancellationToken ct = default) =>
        history.SourceStateAsync(sourceId, ReadLimit.None, ct);

    private Task<CommandOutcome> DecideAsync(Guid sourceId, IReadOnlyList<ISourceCommand> commands, ProtectedIdentityDetails? identity, bool creates,
        string actor, long? expectedVersion, string? reason, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var message = new DecideSource(EvidenceStreams.Source(sourceId), sourceId, commands, identity, creates, actor, expectedVersion, reason);
        return new MessageBus(wolverine).InvokeAsync<CommandOutcome>(message, ct);
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
