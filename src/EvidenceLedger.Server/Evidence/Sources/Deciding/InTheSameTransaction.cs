using Marten;
using Npgsql;

namespace EvidenceLedger.Server.Evidence.Sources.Deciding;

/// <summary>
/// Work that commits or rolls back with a session's events (the key vault's, for a source's protected identity): Marten
/// runs it in its transaction, after its batch and before it commits. It may run again on a fresh transaction when
/// Marten retries the commit, so it must only write through the transaction it is given.
/// </summary>
internal sealed class InTheSameTransaction(Func<NpgsqlConnection, NpgsqlTransaction, CancellationToken, Task> work) : ITransactionParticipant
{
    public static void Join(IDocumentSession session, Func<NpgsqlConnection, NpgsqlTransaction, CancellationToken, Task> work)
    {
        if (session is not ITransactionParticipantRegistrar registrar)
            throw new InvalidOperationException("This Marten session cannot take part in its transaction's work.");
        registrar.AddTransactionParticipant(new InTheSameTransaction(work));
    }

    public Task BeforeCommitAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken token) =>
        work(connection, transaction, token);

    public Task AfterCommitAsync(CancellationToken token) => Task.CompletedTask;
}
