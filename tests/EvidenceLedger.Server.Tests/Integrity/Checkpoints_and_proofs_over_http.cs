using System.Net;
using System.Net.Http.Json;
using EvidenceLedger.Integrity.Checkpoints;
using EvidenceLedger.Integrity.Merkle;
using EvidenceLedger.Server.Integrity.Keys;

namespace EvidenceLedger.Server.Tests.Integrity;

public sealed class Checkpoints_and_proofs_over_http(IntegrityServer server) : IClassFixture<IntegrityServer>
{
    [Fact]
    public async Task The_latest_checkpoint_is_a_signed_note_that_verifies_with_the_published_key()
    {
        await server.AppendAsync("probe-http-1", 3);
        var signed = await server.IntegrateAndSignAsync();
        using var reader = await server.ClientFor("documenter");

        var response = await reader.GetAsync("/api/ledger/checkpoint");
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        var note = await response.Content.ReadAsStringAsync();
        var key = (await reader.GetFromJsonAsync<LedgerPublicKey>("/api/ledger/public-key"))!;

        var verified = new NoteVerifier(key.VerifierKey).VerifyCheckpoint(note);
        Assert.True(verified.IsValid, verified.Detail);
        Assert.True(verified.Checkpoint!.TreeSize >= signed.TreeSize);
        Assert.Equal("ed25519", key.Algorithm);
        Assert.Equal(new NoteVerifier(key.VerifierKey).PublicKey, Convert.FromBase64String(key.PublicKey));
        Assert.Equal(verified.Checkpoint.Origin, key.KeyName);
    }

    [Fact]
    public async Task A_checkpoint_is_fetched_by_size_and_listed()
    {
        await server.AppendAsync("probe-http-2", 2);
        var signed = await server.IntegrateAndSignAsync();
        using var reader = await server.ClientFor("legal");

        Assert.Equal(signed.Note, await reader.GetStringAsync($"/api/ledger/checkpoints?size={signed.TreeSize}"));
        var list = (await reader.GetFromJsonAsync<CheckpointListBody>("/api/ledger/checkpoints"))!;
        Assert.Contains(list.Checkpoints, c => c.TreeSize == signed.TreeSize && c.Note == signed.Note && c.RootHash == Convert.ToBase64String(signed.RootHash));
        Assert.Equal(list.Checkpoints.Select(c => c.TreeSize).OrderDescending(), list.Checkpoints.Select(c => c.TreeSize));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync($"/api/ledger/checkpoints?size={signed.TreeSize + 1000}")).StatusCode);
    }

    [Fact]
    public async Task An_inclusion_proof_by_event_id_leads_to_the_signed_root()
    {
        var appended = await server.AppendAsync("probe-http-3", 5);
        var signed = await server.IntegrateAndSignAsync();
        using var reader = await server.ClientFor("auditor");

        var proof = (await reader.GetFromJsonAsync<InclusionBody>($"/api/ledger/proofs/inclusion?eventId={appended[2].EventId}&treeSize={signed.TreeSize}"))!;
        var leafHash = MerkleHash.Leaf(appended[2].Hash);
        Assert.Equal(appended[2].EventId, proof.EventId);
        Assert.Equal(signed.TreeSize, proof.TreeSize);
        Assert.Equal(leafHash, Convert.FromBase64String(proof.LeafHash));
        Assert.Equal(signed.RootHash, Convert.FromBase64String(proof.RootHash));
        Assert.True(MerkleProofVerifier.VerifyInclusion(proof.LeafIndex, signed.TreeSize, leafHash, proof.Hashes.Select(Convert.FromBase64String).ToList(), signed.RootHash).IsValid);

        var byIndex = (await reader.GetFromJsonAsync<InclusionBody>($"/api/ledger/proofs/inclusion?index={proof.LeafIndex}&treeSize={signed.TreeSize}"))!;
        Assert.Equal(proof.Hashes, byIndex.Hashes);
        Assert.Equal(proof.EventId, byIndex.EventId);
    }

    [Fact]
    public async Task A_consistency_proof_links_two_signed_checkpoints()
    {
        await server.AppendAsync("probe-http-4", 2);
        var older = await server.IntegrateAndSignAsync();
        await server.AppendAsync("probe-http-4", 3);
        var newer = await server.IntegrateAndSignAsync();
        using var reader = await server.ClientFor("documenter");

        var proof = (await reader.GetFromJsonAsync<ConsistencyBody>($"/api/ledger/proofs/consistency?from={older.TreeSize}&to={newer.TreeSize}"))!;
        Assert.Equal((older.TreeSize, newer.TreeSize), (proof.FromSize, proof.ToSize));
        Assert.Equal(older.RootHash, Convert.FromBase64String(proof.FromRoot));
        Assert.Equal(newer.RootHash, Convert.FromBase64String(proof.ToRoot));
        Assert.True(MerkleProofVerifier.VerifyConsistency(older.TreeSize, newer.TreeSize, older.RootHash, newer.RootHash,
            proof.Hashes.Select(Convert.FromBase64String).ToList()).IsValid);
    }

    [Theory]
    [InlineData("/api/ledger/proofs/inclusion?index=-1&treeSize=1", "index")]
    [InlineData("/api/ledger/proofs/inclusion?index=abc&treeSize=1", "index")]
    [InlineData("/api/ledger/proofs/inclusion?treeSize=1", "index")]
    [InlineData("/api/ledger/proofs/inclusion?index=0", "treeSize")]
    [InlineData("/api/ledger/proofs/inclusion?index=0&treeSize=999999999", "treeSize")]
    [InlineData("/api/ledger/proofs/inclusion?index=5&treeSize=5", "index")]
    [InlineData("/api/ledger/proofs/inclusion?eventId=not-a-uuid&treeSize=1", "eventId")]
    [InlineData("/api/ledger/proofs/consistency?from=2&to=1", "from")]
    [InlineData("/api/ledger/proofs/consistency?from=x&to=1", "from")]
    [InlineData("/api/ledger/proofs/consistency?from=1", "to")]
    [InlineData("/api/ledger/proofs/consistency?from=1&to=999999999", "to")]
    [InlineData("/api/ledger/checkpoints?size=-3", "size")]
    [InlineData("/api/ledger/checkpoints?limit=0", "limit")]
    public async Task A_bad_or_out_of_range_parameter_is_a_400_problem_naming_it(string url, string parameter)
    {
        await server.AppendAsync("probe-http-5", 5);
        await server.IntegrateAndSignAsync();
        using var reader = await server.ClientFor("documenter");

        var response = await reader.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<ProblemBody>())!;
        Assert.Equal([parameter], problem.Errors.Keys);
    }

    [Fact]
    public async Task An_unknown_event_is_404()
    {
        await server.AppendAsync("probe-http-6", 1);
        var signed = await server.IntegrateAndSignAsync();
        using var reader = await server.ClientFor("documenter");
        var response = await reader.GetAsync($"/api/ledger/proofs/inclusion?eventId={Guid.NewGuid()}&treeSize={signed.TreeSize}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/ledger/checkpoint")]
    [InlineData("/api/ledger/checkpoints")]
    [InlineData("/api/ledger/public-key")]
    [InlineData("/api/ledger/proofs/consistency?from=0&to=0")]
    public async Task Every_route_needs_a_signed_in_user(string url)
    {
        using var anonymous = server.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(url)).StatusCode);
    }

    private sealed record CheckpointListBody(List<CheckpointListItemBody> Checkpoints);

    private sealed record CheckpointListItemBody(long TreeSize, string RootHash, string SignedAt, string Note);

    private sealed record InclusionBody(long LeafIndex, long TreeSize, string LeafHash, List<string> Hashes, Guid EventId, long Position, string RootHash);

    private sealed record ConsistencyBody(long FromSize, long ToSize, List<string> Hashes, string FromRoot, string ToRoot);

    private sealed record ProblemBody(Dictionary<string, string[]> Errors);
}
