using EvidenceLedger.EventStore;
using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.Evidence.Incidents;
using EvidenceLedger.Evidence.Sources;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Evidence.Incidents.Deciding;
using EvidenceLedger.Server.Evidence.Sources;
using EvidenceLedger.Server.Users;
using EvidenceLedger.Server.Users.Registering;
using NodaTime;
using Npgsql;
using Wolverine;
using Wolverine.Runtime;

namespace EvidenceLedger.Server.Demo.Loading;

/// <summary>
/// Loads <see cref="DemoDataSet"/> through the same handlers the API uses, as the demo users, into a ledger
/// that holds no evidence yet. The demo's ids are fixed, so it can never be loaded twice.
/// </summary>
public sealed class DemoLoader(LedgerEventStore store, SourceCommands sources, IWolverineRuntime wolverine, UserAccounts users, IClock clock)
{
    public async Task<bool> LedgerHasEvidenceAsync(CancellationToken ct)
    {
        await using var command = store.DataSource.CreateCommand("SELECT EXISTS (SELECT 1 FROM ledger.streams WHERE id LIKE $1 OR id LIKE $2)");
        command.Parameters.Add(new NpgsqlParameter { Value = EvidenceStreams.IncidentPrefix + "%" });
        command.Parameters.Add(new NpgsqlParameter { Value = EvidenceStreams.SourcePrefix + "%" });
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    public async Task<DemoLoadResult> LoadAsync(string requestedBy, CancellationToken ct = default)
    {
        if (await LedgerHasEvidenceAsync(ct))
            return new DemoLoadResult(false, [], 0, "The ledger already holds evidence; the demo is loaded only into an empty ledger.");

        var created = new List<RegisteredUserResponse>();
        foreach (var user in DemoDataSet.Users)
        {
            // A user of that name may exist already: the demo then acts under that name without a new token.
            var outcome = await users.RegisterAsync(user.Name, user.Role, requestedBy, "the demo's users", ct: ct);
            if (outcome is { IsDone: true, User: { } registered, Token: { } token })
                created.Add(new RegisteredUserResponse(registered.Id, registered.Name, registered.Role, token.Token, token.TokenId, token.ExpiresAt));
        }

        var steps = DemoDataSet.Steps(clock.GetCurrentInstant());
        foreach (var step in steps)
        {
            var outcome = step.Command switch
            {
                ISourceCommand source => await sources.HandleAsync(source, step.Actor, reason: step.Reason, ct: ct),
                IIncidentCommand incident => await new MessageBus(wolverine).InvokeAsync<CommandOutcome>(DecideIncident.For(incident, step.Actor, reason: step.Reason), ct),
                _ => throw new InvalidOperationException($"A demo step holds a {step.Command.GetType().Name}, which is neither a source nor an incident command."),
            };
            if (!outcome.IsAccepted)
                throw new InvalidOperationException($"The demo step {step.Command.GetType().Name} by {step.Actor} was not accepted: {outcome}.");
        }
        return new DemoLoadResult(true, created, steps.Count, $"Loaded the demo: {steps.Count} commands from five 2015 reports on al-Bukamal and Deir ez-Zor.");
    }
}
