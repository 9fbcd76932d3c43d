using System.Net;
using EvidenceLedger.Integrity.Witnessing;
using EvidenceLedger.Server.Tests.Witnessing.Support;
using EvidenceLedger.Server.Witnessing.Serving;

namespace EvidenceLedger.Server.Tests.Witnessing;

public sealed class Running_a_witness : IAsyncLifetime
{
    private readonly SignedTrees _log = new();
    private readonly DirectoryInfo _state = Directory.CreateTempSubdirectory("witness-state-");
    private InProcessWitness _witness = null!;

    public async Task InitializeAsync() => _witness = await InProcessWitness.StartAsync(_state, _log.Key.VerifierKey);

    public async Task DisposeAsync()
    {
        await _witness.DisposeAsync();
        _state.Delete(recursive: true);
    }

    [Fact]
    public async Task A_consistent_checkpoint_is_cosigned_with_a_line_that_verifies_with_the_witness_key()
    {
        await CosignAsync(0, 5);
        var request = _log.Request(5, 13);

        using var response = await _witness.AddCheckpointAsync(request.Format());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var note = CosignedNote.Append(request.SignedCheckpoint, [await response.Content.ReadAsStringAsync()]);
        var check = CosignatureCheck.Check(note, [_witness.Key], 1);
        Assert.True(check.ThresholdMet);
        Assert.InRange((long)check.Cosigned[0].Timestamp, DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 60, DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 60);
    }

    [Fact]
    public async Task A_wrong_old_size_is_409_with_the_size_the_witness_cosigned()
    {
        await CosignAsync(0, 5);

        using var response = await _witness.AddCheckpointAsync(_log.Body(3, 13));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(AddCheckpointEndpoint.SizeContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("5\n", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_bad_consistency_proof_is_422()
    {
        await CosignAsync(0, 5);
        var request = _log.Request(5, 13);

        using var response = await _witness.AddCheckpointAsync((request with { ConsistencyProof = [.. request.ConsistencyProof.Reverse()] }).Format());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Fact]
    public async Task A_checkpoint_signed_by_an_unknown_key_is_403_and_one_of_an_unknown_log_404()
    {
        using var impostor = await _witness.AddCheckpointAsync(new SignedTrees().Body(0, 5));
        using var stranger = await _witness.AddCheckpointAsync(new SignedTrees("other.test/log").Body(0, 5));

        Assert.Equal(HttpStatusCode.Forbidden, impostor.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
        Assert.Empty(_state.GetFiles("log-*.json"));
    }

    [Fact]
    public async Task A_malformed_request_is_400()
    {
        using var response = await _witness.AddCheckpointAsync("old 05\n\n" + _log.Request(0, 5).SignedCheckpoint);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_rewritten_tree_at_a_larger_size_is_refused_the_state_unchanged_and_the_request_kept()
    {
        await CosignAsync(0, 8);
        var state = await File.ReadAllTextAsync(StateFile().FullName);

        using var response = await _witness.AddCheckpointAsync(_log.Body(8, 12, rewrittenFrom: 6));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(state, await File.ReadAllTextAsync(StateFile().FullName));
        using var next = await _witness.AddCheckpointAsync(_log.Body(0, 12, rewrittenFrom: 6));
        Assert.Equal("8\n", await next.Content.ReadAsStringAsync());
        var kept = Assert.Single(new DirectoryInfo(Path.Combine(_state.FullName, "refused")).GetFiles());
        Assert.Contains("old 8\n", await File.ReadAllTextAsync(kept.FullName), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_state_and_key_survive_a_restart()
    {
        await CosignAsync(0, 8);
        var key = _witness.Key;
        await _witness.DisposeAsync();

        _witness = await InProcessWitness.StartAsync(_state, _log.Key.VerifierKey);
        using var response = await _witness.AddCheckpointAsync(_log.Body(0, 12));

        Assert.Equal(key, _witness.Key);
        Assert.Equal("8\n", await response.Content.ReadAsStringAsync());
        await CosignAsync(8, 12);
    }

    [Fact]
    public async Task The_signer_key_is_readable_by_its_owner_only()
    {
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_state.FullName, WitnessKeyFile.SignerFileName)));
        }

        Assert.Equal(_witness.Key.ToString() + "\n", await File.ReadAllTextAsync(Path.Combine(_state.FullName, WitnessKeyFile.VerifierFileName)));
    }

    [Fact]
    public async Task Concurrent_requests_from_the_same_old_size_cosign_only_one()
    {
        await CosignAsync(0, 4);

        var responses = await Task.WhenAll(Enumerable.Range(5, 8).Select(size => _witness.AddCheckpointAsync(_log.Body(4, size))));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(7, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        foreach (var response in responses) response.Dispose();
    }

    private FileInfo StateFile() => Assert.Single(_state.GetFiles("log-*.json"));

    private async Task CosignAsync(long oldSize, int size)
    {
        using var response = await _witness.AddCheckpointAsync(_log.Body(oldSize, size));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }
}
