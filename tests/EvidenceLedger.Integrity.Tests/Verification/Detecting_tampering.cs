using System.Text.Json;
using EvidenceLedger.EventStore.Hashing;
using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.Integrity.Checkpoints;
using EvidenceLedger.Integrity.Logging;
using EvidenceLedger.Integrity.Tests.Logging.Support;
using EvidenceLedger.Integrity.Verification;
using static EvidenceLedger.Integrity.Verification.VerificationProblemKind;

namespace EvidenceLedger.Integrity.Tests.Verification;

/// <summary>
/// Each test tampers with a fresh seeded ledger as a database superuser would (triggers and foreign keys off), then checks
/// that verify both notices and says where: position, stream and version, leaf index, or checkpoint size.
/// </summary>
public sealed class Detecting_tampering : IAsyncLifetime
{
    private SeededLedger _seeded = null!;

    private TestLedger Ledger => _seeded.Ledger;

    private List<StoredEvent> Log => _seeded.Log;

    public async Task InitializeAsync() => _seeded = await SeededLedger.CreateAsync();

    public async Task DisposeAsync() => await Ledger.DisposeAsync();

    [Theory]
    [InlineData("data = jsonb_set(data, '{statement}', '\"fewer than 30 were killed\"')")]
    [InlineData("actor = 'someone-else'")]
    [InlineData("recorded_at = recorded_at + interval '1 hour'")]
    [InlineData("reason = 'after the fact'")]
    public async Task A_changed_payload_or_metadata_is_found_at_its_event(string change)
    {
        var target = Log[7];
        await Ledger.TamperAsync($"UPDATE ledger.events SET {change} WHERE event_id = $1", target.EventId);

        var problem = Assert.Single((await VerifyAsync()).Problems);
        Assert.Equal(EventHashMismatch, problem.Kind);
        Assert.Equal((target.Position, target.StreamId, target.Version), (problem.Position, problem.StreamId, problem.Version));
    }

    [Fact]
    public async Task A_relinked_event_is_found_at_its_event_by_its_hash_and_its_stream_chain()
    {
        var target = Log.Where(e => e.Version > 1).ElementAt(3);
        await Ledger.TamperAsync("UPDATE ledger.events SET previous_hash = sha256(previous_hash) WHERE event_id = $1", target.EventId);

        var report = await VerifyAsync();
        Assert.Equal([EventHashMismatch, ChainLinkBroken], report.Problems.Select(p => p.Kind));
        Assert.All(report.Problems, p => Assert.Equal((target.Position, target.StreamId, target.Version), (p.Position, p.StreamId, p.Version)));
    }

    [Fact]
    public async Task A_moved_stream_head_is_found_at_its_stream()
    {
        await Ledger.TamperAsync("UPDATE ledger.streams SET version = version + 2 WHERE id = 'claim-1'");

        var problem = Assert.Single((await VerifyAsync()).Problems);
        Assert.Equal((StreamHeadMismatch, "claim-1"), (problem.Kind, problem.StreamId));
    }

    [Fact]
    public async Task A_deleted_event_in_the_middle_is_found_at_its_leaf_and_its_streams_gap()
    {
        var deleted = Log[7];
        var next = Log.Skip(8).First(e => e.StreamId == deleted.StreamId);
        await Ledger.TamperAsync("DELETE FROM ledger.events WHERE event_id = $1", deleted.EventId);

        var report = await VerifyAsync();
        Assert.Contains(report.Problems, p => p.Kind == LeafEventMissing && p.LeafIndex == 7 && p.Position == deleted.Position && p.EventId == deleted.EventId);
        Assert.Contains(report.Problems, p => p.Kind == VersionMissing && p.StreamId == deleted.StreamId && p.Version == next.Version && p.Position == next.Position);
        Assert.Contains(report.Problems, p => p.Kind == StreamHeadMismatch && p.StreamId == deleted.StreamId);
        Assert.DoesNotContain(report.Problems, p => p.Kind is CheckpointRootMismatch or NodeHashMismatch or LeafOutOfOrder);
    }

    [Fact]
    public async Task A_deleted_tail_is_found_at_its_leaves_and_stream_heads()
    {
        var tail = Log.TakeLast(2).ToList();
        await Ledger.TamperAsync("DELETE FROM ledger.events WHERE event_id = ANY($1)", tail.Select(e => e.EventId).ToArray());

        var report = await VerifyAsync();
        Assert.Equal([19L, 20L], report.Problems.Where(p => p.Kind == LeafEventMissing).Select(p => p.LeafIndex!.Value));
        Assert.Equal(tail.Select(e => e.StreamId).Order(), report.Problems.Where(p => p.Kind == StreamHeadMismatch).Select(p => p.StreamId!).Order());
    }

    [Fact]
    public async Task A_deleted_tail_taken_with_its_leaves_and_nodes_is_caught_by_the_signed_checkpoint()
    {
        var tail = Log.TakeLast(2).ToList();
        await Ledger.TamperAsync("DELETE FROM ledger.events WHERE event_id = ANY($1)", tail.Select(e => e.EventId).ToArray());
        await Ledger.TamperAsync("DELETE FROM ledger.merkle_leaves WHERE leaf_index >= 19");
        await Ledger.TamperAsync("DELETE FROM ledger.merkle_nodes WHERE ((node_index + 1) << level) > 19");

        var report = await VerifyAsync(_seeded.Latest.Note);
        Assert.Contains(report.Problems, p => p.Kind == CheckpointBeyondTree && p.CheckpointSize == 21);
        Assert.Contains(report.Problems, p => p.Kind == SavedCheckpointBeyondTree && p.CheckpointSize == 21);
        Assert.Equal(19, report.TreeSize);
    }

    [Fact]
    public async Task A_deleted_tail_taken_with_leaves_nodes_and_checkpoints_is_caught_by_the_auditors_saved_checkpoint()
    {
        var tail = Log.TakeLast(2).ToList();
        await Ledger.TamperAsync("DELETE FROM ledger.events WHERE event_id = ANY($1)", tail.Select(e => e.EventId).ToArray());
        await Ledger.TamperAsync("UPDATE ledger.streams s SET version = version - 1 WHERE id = ANY($1)", (object)tail.Select(e => e.StreamId).ToArray());
        await Ledger.TamperAsync("DELETE FROM ledger.merkle_leaves WHERE leaf_index >= 19");
        await Ledger.TamperAsync("DELETE FROM ledger.merkle_nodes WHERE ((node_index + 1) << level) > 19");
        await Ledger.TamperAsync("DELETE FROM ledger.checkpoints WHERE tree_size > 19");

        var problem = Assert.Single((await VerifyAsync(_seeded.Latest.Note)).Problems);
        Assert.Equal(SavedCheckpointBeyondTree, problem.Kind);
        Assert.Equal(21, problem.CheckpointSize);
    }

    [Fact]
    public async Task An_inserted_event_with_a_valid_hash_is_found_where_the_order_puts_it()
    {
        var before = Log[7];
        var eventId = Guid.NewGuid();
        var data = JsonSerializer.SerializeToElement(new { statement = "a source that never spoke" });
        var body = EventBody.Canonical(eventId, "source-forged", "claim_recorded", data, before.Actor, before.RecordedAt, before.CorrelationId, null, null);
        // Positions are handed out one by one: the only free places inside the integrated log lie before its first event.
        await Ledger.TamperAsync("""
            INSERT INTO ledger.events (position, event_id, stream_id, version, type, data, actor, recorded_at, correlation_id, hash, payload_sha256)
            SELECT 0, $2, 'source-forged', 1, 'claim_recorded', $3::jsonb, actor, recorded_at, correlation_id, $4, $5
            FROM ledger.events WHERE event_id = $1
            """, before.EventId, eventId, data.GetRawText(), EventHash.Compute([], 1, body), EventBody.PayloadSha256(data, null));

        var report = await VerifyAsync();
        Assert.Contains(report.Problems, p => p.Kind == EventMissingFromTree && p.Position == 0 && p.LeafIndex == 0 && p.StreamId == "source-forged");
        Assert.DoesNotContain(report.Problems, p => p.Kind is EventHashMismatch or LeafOutOfOrder or LeafEventMissing);
    }

    [Fact]
    public async Task Two_swapped_events_are_found_at_both_leaves()
    {
        var (first, second) = (Log[5], Log[6]);
        await Ledger.TamperAsync("UPDATE ledger.events SET position = -1 WHERE event_id = $1", first.EventId);
        await Ledger.TamperAsync("UPDATE ledger.events SET position = $2 WHERE event_id = $1", second.EventId, first.Position);
        await Ledger.TamperAsync("UPDATE ledger.events SET position = $2 WHERE event_id = $1", first.EventId, second.Position);

        var report = await VerifyAsync();
        Assert.Equal([(LeafOutOfOrder, 5L, second.EventId), (LeafOutOfOrder, 6L, first.EventId)],
            report.Problems.Select(p => (p.Kind, p.LeafIndex!.Value, p.EventId!.Value)));
    }

    [Fact]
    public async Task A_rewritten_stream_with_recomputed_hashes_is_caught_by_the_tree()
    {
        var rewritten = await StreamRewriter.RewriteFromAsync(Ledger, "source-1", 2, JsonSerializer.SerializeToElement(new { statement = "retracted quietly" }));

        var report = await VerifyAsync();
        Assert.All(report.Problems, p => Assert.Equal(LeafHashMismatch, p.Kind));
        Assert.Equal(rewritten.Select(e => (e.Position, e.Version)), report.Problems.Select(p => (p.Position!.Value, p.Version!.Value)));
        Assert.Equal(rewritten.Select(e => (long)Log.FindIndex(l => l.EventId == e.EventId)), report.Problems.Select(p => p.LeafIndex!.Value));
    }

    [Fact]
    public async Task A_rewritten_stream_with_a_rebuilt_tree_is_caught_by_the_signed_checkpoints()
    {
        await StreamRewriter.RewriteFromAsync(Ledger, "source-1", 2, JsonSerializer.SerializeToElement(new { statement = "retracted quietly" }));
        await Ledger.TamperAsync("DELETE FROM ledger.merkle_leaves; DELETE FROM ledger.merkle_nodes; DELETE FROM ledger.projection_checkpoints");
        using (var reintegrator = new MerkleLogIntegrator(Ledger.DataSource))
        {
            Assert.Equal(21, await reintegrator.CatchUpAsync());
        }

        var report = await VerifyAsync(_seeded.Saved.Note);
        Assert.Equal([(CheckpointRootMismatch, 15L), (SavedCheckpointInconsistent, 15L), (CheckpointRootMismatch, 21L), (SavedCheckpointInconsistent, 15L)],
            report.Problems.Select(p => (p.Kind, p.CheckpointSize!.Value)));
    }

    [Fact]
    public async Task A_replaced_checkpoint_is_found_at_its_size()
    {
        var forgedRoot = new byte[32];
        var forged = NoteSigner.Generate(TestLedger.Origin).SignCheckpoint(new Checkpoint(TestLedger.Origin, 15, forgedRoot));
        await Ledger.TamperAsync("UPDATE ledger.checkpoints SET note = $1, root = $2 WHERE tree_size = 15", forged, forgedRoot);

        var report = await VerifyAsync();
        Assert.Equal([(CheckpointSignatureInvalid, 15L), (CheckpointRootMismatch, 15L)], report.Problems.Select(p => (p.Kind, p.CheckpointSize!.Value)));
    }

    [Fact]
    public async Task A_checkpoint_row_holding_another_sizes_genuine_note_is_found()
    {
        await Ledger.TamperAsync("UPDATE ledger.checkpoints SET note = $1 WHERE tree_size = 15", _seeded.Latest.Note);

        var report = await VerifyAsync();
        Assert.Contains(report.Problems, p => p.Kind == CheckpointNoteMismatch && p.CheckpointSize == 15);
    }

    [Fact]
    public async Task A_changed_subtree_hash_is_found_at_its_node()
    {
        await Ledger.TamperAsync("UPDATE ledger.merkle_nodes SET hash = sha256(hash) WHERE level = 4 AND node_index = 0");

        var problem = Assert.Single((await VerifyAsync()).Problems);
        Assert.Equal(NodeHashMismatch, problem.Kind);
        Assert.Equal(0, problem.LeafIndex);
    }

    [Fact]
    public async Task A_deleted_leaf_row_stops_the_rebuild_where_it_is_missing()
    {
        await Ledger.TamperAsync("DELETE FROM ledger.merkle_leaves WHERE leaf_index = 9");

        var report = await VerifyAsync();
        Assert.Contains(report.Problems, p => p.Kind == LeafMissing && p.LeafIndex == 9);
    }

    [Fact]
    public async Task A_changed_leaf_hash_is_found_at_its_leaf_and_at_every_checkpoint_over_it()
    {
        await Ledger.TamperAsync("UPDATE ledger.merkle_leaves SET leaf_hash = sha256(leaf_hash) WHERE leaf_index = 3");

        var report = await VerifyAsync();
        Assert.Contains(report.Problems, p => p.Kind == LeafHashMismatch && p.LeafIndex == 3 && p.Position == Log[3].Position);
        Assert.Contains(report.Problems, p => p.Kind == NodeHashMismatch && p.LeafIndex == 0); // the stored subtree over leaves 0 to 15
        Assert.Equal([15L, 21L], report.Problems.Where(p => p.Kind == CheckpointRootMismatch).Select(p => p.CheckpointSize!.Value));
    }

    [Fact]
    public async Task An_event_written_around_Martens_sequence_is_found_though_no_log_reader_reaches_it()
    {
        var head = Log[^1];
        var eventId = Guid.NewGuid();
        await Ledger.TamperAsync("""
            INSERT INTO ledger.mt_events (seq_id, id, stream_id, version, data, type, timestamp, correlation_id, causation_id, headers, user_name, is_archived)
            SELECT 100000, $2, stream_id, version + 1, data, type, timestamp, correlation_id, causation_id, headers, user_name, false
            FROM ledger.mt_events WHERE id = $1
            """, head.EventId, eventId);

        var report = await VerifyAsync();
        var problem = Assert.Single(report.Problems, p => p.Kind == EventUnchained);
        Assert.Equal((100000L, head.StreamId, head.Version + 1, eventId), (problem.Position, problem.StreamId, problem.Version, problem.EventId));
    }

    private async Task<VerificationReport> VerifyAsync(string? saved = null)
    {
        var report = await Ledger.VerifyAsync(saved, batchSize: 4);
        Assert.False(report.Ok);
        Assert.Equal(report.ProblemCount, report.Problems.Count);
        return report;
    }
}
