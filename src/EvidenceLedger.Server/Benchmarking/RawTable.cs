using Npgsql;
using NpgsqlTypes;

namespace EvidenceLedger.Server.Benchmarking;

/// <summary>The baseline: a plain table shaped like ledger.events, written with ordinary INSERTs and no checks.</summary>
internal static class RawTable
{
    public static async Task CreateAsync(NpgsqlDataSource dataSource, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("""
            DROP TABLE IF EXISTS public.raw_events;
            CREATE TABLE public.raw_events (
                position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, tx_id bigint NOT NULL, event_id uuid NOT NULL UNIQUE,
                stream_id text NOT NULL, version bigint NOT NULL, type text NOT NULL, data jsonb NOT NULL, actor text NOT NULL,
                recorded_at timestamptz NOT NULL, correlation_id uuid NOT NULL, causation_id uuid, reason text,
                previous_hash bytea, hash bytea NOT NULL, UNIQUE (stream_id, version));
            """);
        await command.ExecuteNonQueryAsync(ct);
    }

    public static async Task InsertAsync(NpgsqlDataSource dataSource, string streamId, long firstVersion, int count, string data, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO public.raw_events (tx_id, event_id, stream_id, version, type, data, actor, recorded_at, correlation_id, reason, previous_hash, hash)
            SELECT 0, e.id, $1, $2 + e.n - 1, 'bench_event', $4::jsonb, 'bench', now(), $5, NULL, NULL, $6
            FROM unnest($3::uuid[]) WITH ORDINALITY AS e(id, n)
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = streamId });
        command.Parameters.Add(new NpgsqlParameter { Value = firstVersion });
        command.Parameters.Add(new NpgsqlParameter { Value = Enumerable.Range(0, count).Select(_ => Guid.NewGuid()).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid });
        command.Parameters.Add(new NpgsqlParameter { Value = data });
        command.Parameters.Add(new NpgsqlParameter { Value = Guid.NewGuid() });
        command.Parameters.Add(new NpgsqlParameter { Value = new byte[32] });
        await command.ExecuteNonQueryAsync(ct);
    }
}
