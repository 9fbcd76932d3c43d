using System.Diagnostics;
using Npgsql;

namespace EvidenceLedger.EventStore.Reading;

/// <summary>
/// How far the complete log is settled: every position up to <see cref="Settled"/> is committed and visible to a
/// statement that starts now, or never will be (docs/complete-ordering.md). A fence (ledger.log_fence) is the event
/// sequence's last value and the transactions then holding the lock nextval takes on it; it is passed once none of them
/// holds it. One instance per reader of the log: it remembers the fences not passed yet, so a reader held back by one
/// slow transaction moves on as soon as that one ends.
/// </summary>
public sealed class LogFence(TimeSpan? wait = null)
{
    private const int MaxPending = 64;
    private readonly TimeSpan _wait = wait ?? TimeSpan.FromMilliseconds(50);
    private readonly List<(long Position, string[] Holders)> _pending = [];

    /// <summary>The highest position known to be settled.</summary>
    public long Settled { get; private set; }

    /// <summary>
    /// Takes a fence now and waits a moment (50 ms unless told otherwise) for the appends in flight to end, so that a
    /// reader calling this sees every event committed before the call; a transaction that stays open longer holds the
    /// log back until a later call finds it ended.
    /// </summary>
    public async Task<long> AdvanceAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, CancellationToken ct = default)
    {
        await using (var command = new NpgsqlCommand("SELECT fence_position, holders FROM ledger.log_fence()", connection, tx))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            await reader.ReadAsync(ct);
            // Behind a transaction that stays open, fences pile up: dropping one only settles a little later.
            if (_pending.Count >= MaxPending) _pending.RemoveAt(_pending.Count - 1);
            _pending.Add((reader.GetInt64(0), reader.GetFieldValue<string[]>(1)));
        }

        // A wait budget is elapsed time, not an instant: measured on the monotonic stopwatch, which no clock change moves.
        var started = Stopwatch.GetTimestamp();
        var pause = 1;
        while (true)
        {
            // Whoever held the lock at an earlier fence and still runs holds it at the newest too: once the newest
            // fence is passed, so are all before it.
            var (newest, holders) = _pending[^1];
            if (holders.Length == 0 || await PassedAsync(connection, tx, holders, ct))
            {
                _pending.Clear();
                Settled = Math.Max(Settled, newest);
                return Settled;
            }

            while (_pending.Count > 1 && await PassedAsync(connection, tx, _pending[0].Holders, ct))
            {
                Settled = Math.Max(Settled, _pending[0].Position);
                _pending.RemoveAt(0);
            }

            if (Stopwatch.GetElapsedTime(started) >= _wait) return Settled;
            await Task.Delay(pause, ct);
            pause = Math.Min(pause * 2, 10);
        }
    }

    private static async Task<bool> PassedAsync(NpgsqlConnection connection, NpgsqlTransaction? tx, string[] holders, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT ledger.log_fence_passed($1)", connection, tx);
        command.Parameters.Add(new NpgsqlParameter { Value = holders });
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }
}
