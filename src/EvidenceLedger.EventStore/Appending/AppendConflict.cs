using JasperFx.Events;
using Npgsql;

namespace EvidenceLedger.EventStore.Appending;

/// <summary>Why Marten refused an append that the ledger may still answer: a stale version, or an event id already stored.</summary>
internal enum AppendConflict
{
    Version,
    EventIdReused,
}

internal static class AppendConflicts
{
    private const string EventIdIndex = "idx_mt_events_event_id";
    private const string StreamVersionKey = "pk_mt_events_stream_and_version";
    // Two appends starting the same stream at once.
    private const string StreamKey = "pkey_mt_streams_id";

    public static AppendConflict? Of(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case EventStreamUnexpectedMaxEventIdException or Marten.Exceptions.ExistingStreamIdCollisionException
                    or JasperFx.Events.ExistingStreamIdCollisionException or JasperFx.ConcurrencyException:
                    return AppendConflict.Version;
                case PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: EventIdIndex }:
                    return AppendConflict.EventIdReused;
                case PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: StreamVersionKey or StreamKey }:
                    return AppendConflict.Version;
            }
        }
        return null;
    }
}
