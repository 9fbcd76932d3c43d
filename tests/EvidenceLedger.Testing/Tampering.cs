using Npgsql;

namespace EvidenceLedger.Testing;

/// <summary>
/// Lets a test tamper with the ledger as a superuser would, writing through the <c>ledger.events</c> and
/// <c>ledger.streams</c> views onto the tables beneath them, with every trigger and foreign key of the ledger's tables
/// off for the transaction. (Not replica mode: it would silence the views' rules too.) An event's row is Marten's; its
/// chain hashes are kept in its Merkle leaf, so a write that sets them rewrites the leaf that records the event at its
/// position, and an event moved or deleted leaves its leaf where it was, as deleting or moving Marten's row would.
/// </summary>
public static class Tampering
{
    private const string Rules = """
        CREATE SCHEMA IF NOT EXISTS tampering;
        CREATE OR REPLACE FUNCTION tampering.delete_event(p_position bigint) RETURNS void LANGUAGE sql AS $f$
            DELETE FROM ledger.mt_events WHERE seq_id = p_position;
        $f$;
        CREATE OR REPLACE FUNCTION tampering.write_event(p_old bigint, p_position bigint, p_event_id uuid, p_stream_id text,
            p_version bigint, p_type text, p_data jsonb, p_actor text, p_recorded_at timestamptz, p_correlation_id uuid, p_causation_id uuid,
            p_reason text, p_previous_hash bytea, p_hash bytea, p_actor_id text, p_payload_sha256 text) RETURNS void LANGUAGE sql AS $f$
            DELETE FROM ledger.mt_events WHERE seq_id = p_old;
            INSERT INTO ledger.mt_events (seq_id, id, stream_id, version, data, type, timestamp, correlation_id, causation_id, headers, user_name, is_archived)
            VALUES (p_position, p_event_id, p_stream_id, p_version, p_data, p_type, p_recorded_at, p_correlation_id::text, p_causation_id::text,
                    jsonb_strip_nulls(jsonb_build_object('reason', p_reason, 'userId', p_actor_id, 'payloadSha256', p_payload_sha256)),
                    p_actor, false);
            UPDATE ledger.merkle_leaves SET previous_hash = p_previous_hash, hash = p_hash
            WHERE position = p_position AND event_id = p_event_id AND p_hash IS NOT NULL
              AND (previous_hash, hash) IS DISTINCT FROM (p_previous_hash, p_hash);
        $f$;
        CREATE OR REPLACE RULE tamper_delete AS ON DELETE TO ledger.events DO INSTEAD SELECT tampering.delete_event(OLD.position);
        CREATE OR REPLACE RULE tamper_update AS ON UPDATE TO ledger.events DO INSTEAD SELECT tampering.write_event(OLD.position,
            NEW.position, NEW.event_id, NEW.stream_id, NEW.version, NEW.type, NEW.data, NEW.actor, NEW.recorded_at,
            NEW.correlation_id, NEW.causation_id, NEW.reason, NEW.previous_hash, NEW.hash, NEW.actor_id, NEW.payload_sha256);
        CREATE OR REPLACE RULE tamper_insert AS ON INSERT TO ledger.events DO INSTEAD SELECT tampering.write_event(NEW.position,
            NEW.position, NEW.event_id, NEW.stream_id, NEW.version, NEW.type, NEW.data, NEW.actor, NEW.recorded_at,
            NEW.correlation_id, NEW.causation_id, NEW.reason, NEW.previous_hash, NEW.hash, NEW.actor_id, NEW.payload_sha256);
        CREATE OR REPLACE RULE tamper_stream AS ON UPDATE TO ledger.streams DO INSTEAD
            UPDATE ledger.mt_streams SET version = NEW.version WHERE id = OLD.id;
        CREATE OR REPLACE FUNCTION tampering.guards(p_on boolean) RETURNS void LANGUAGE plpgsql AS $f$
        DECLARE t record;
        BEGIN
            FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                     WHERE n.nspname = 'ledger' AND c.relkind IN ('r', 'p') LOOP
                EXECUTE format('ALTER TABLE ledger.%I %s TRIGGER ALL', t.relname, CASE WHEN p_on THEN 'ENABLE' ELSE 'DISABLE' END);
            END LOOP;
        END $f$;
        """;

    /// <summary>Opens a superuser connection whose writes to the views reach the tables; guards go off per transaction.</summary>
    public static async Task<NpgsqlConnection> OpenAsync(string adminConnectionString)
    {
        var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(Rules, connection);
        await command.ExecuteNonQueryAsync();
        return connection;
    }

    /// <summary>Turns every trigger and foreign key of the ledger's tables off until <see cref="GuardsOnAsync"/>, inside <paramref name="tx"/>.</summary>
    public static Task GuardsOffAsync(NpgsqlConnection connection, NpgsqlTransaction tx) => Run(connection, tx, "SELECT tampering.guards(false)");

    public static Task GuardsOnAsync(NpgsqlConnection connection, NpgsqlTransaction tx) => Run(connection, tx, "SELECT tampering.guards(true)");

    public static async Task ExecuteAsync(string adminConnectionString, string sql, params object[] parameters)
    {
        await using var connection = await OpenAsync(adminConnectionString);
        await using var tx = await connection.BeginTransactionAsync();
        await GuardsOffAsync(connection, tx);
        await using (var command = new NpgsqlCommand(sql, connection, tx))
        {
            foreach (var parameter in parameters) command.Parameters.Add(new NpgsqlParameter { Value = parameter });
            await command.ExecuteNonQueryAsync();
        }
        await GuardsOnAsync(connection, tx);
        await tx.CommitAsync();
    }

    private static async Task Run(NpgsqlConnection connection, NpgsqlTransaction tx, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection, tx);
        await command.ExecuteNonQueryAsync();
    }
}
