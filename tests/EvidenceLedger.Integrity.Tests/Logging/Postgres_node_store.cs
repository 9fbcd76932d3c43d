using EvidenceLedger.Integrity.Logging;
using EvidenceLedger.Integrity.Merkle;
using EvidenceLedger.Integrity.Tests.Logging.Support;
using EvidenceLedger.Integrity.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace EvidenceLedger.Integrity.Tests.Logging;

/// <summary>
/// The PostgreSQL store against the in-memory one the pure core is proven with: one stored tree of 2,500 leaves holds
/// every complete subtree of every smaller tree (those under 16 leaves folded from the leaves, <see cref="StoredLevels"/>),
/// so random sizes up to it are all askable.
/// </summary>
public sealed class Postgres_node_store : IAsyncLifetime
{
    private const int StoredSize = 2500;
    private TestLedger _ledger = null!;
    private InMemoryMerkleNodeStore _memory = null!;
    private PostgresMerkleNodeStore _postgres = null!;

    private static readonly Gen<(int Size, int Index)> SizeAndIndex =
        from size in Gen.Choose(1, StoredSize)
        from index in Gen.Choose(0, size - 1)
        select (size, index);

    private static readonly Gen<(int OldSize, int NewSize)> TwoSizes =
        from newSize in Gen.Choose(0, StoredSize)
        from oldSize in Gen.Choose(0, newSize)
        select (oldSize, newSize);

    public async Task InitializeAsync()
    {
        _ledger = await TestLedger.CreateAsync();
        _memory = await SyntheticTree.WriteAsync(_ledger.DataSource, StoredSize);
        _postgres = new PostgresMerkleNodeStore(_ledger.DataSource);
    }

    public async Task DisposeAsync() => await _ledger.DisposeAsync();

    [Fact]
    public void Inclusion_proofs_and_roots_from_PostgreSQL_equal_those_from_memory_for_random_sizes() =>
        PropertyCheck.Holds(Prop.ForAll(SizeAndIndex.ToArbitrary(), c =>
        {
            Assert.Equal(
                Sync.Await(MerkleProofs.InclusionProofAsync(_memory, c.Index, c.Size, CancellationToken.None)),
                Wait(MerkleProofs.InclusionProofAsync(_postgres, c.Index, c.Size, CancellationToken.None)));
            Assert.Equal(
                Sync.Await(MerkleProofs.RootAsync(_memory, c.Size, CancellationToken.None)),
                Wait(MerkleProofs.RootAsync(_postgres, c.Size, CancellationToken.None)));
        }), maxTests: 200);

    [Fact]
    public void Consistency_proofs_from_PostgreSQL_equal_those_from_memory_for_random_sizes() =>
        PropertyCheck.Holds(Prop.ForAll(TwoSizes.ToArbitrary(), c =>
            Assert.Equal(
                Sync.Await(MerkleProofs.ConsistencyProofAsync(_memory, c.OldSize, c.NewSize, CancellationToken.None)),
                Wait(MerkleProofs.ConsistencyProofAsync(_postgres, c.OldSize, c.NewSize, CancellationToken.None)))), maxTests: 200);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(1024)]
    [InlineData(1025)]
    [InlineData(StoredSize)]
    public async Task Proofs_at_the_edges_equal_those_from_memory(int size)
    {
        foreach (var index in new[] { 0, size / 2, size - 1 })
        {
            Assert.Equal(
                await MerkleProofs.InclusionProofAsync(_memory, index, size, CancellationToken.None),
                await MerkleProofs.InclusionProofAsync(_postgres, index, size, CancellationToken.None));
        }

        Assert.Equal(
            await MerkleProofs.ConsistencyProofAsync(_memory, size / 3, size, CancellationToken.None),
            await MerkleProofs.ConsistencyProofAsync(_postgres, size / 3, size, CancellationToken.None));
    }

    [Fact]
    public async Task Many_nodes_come_back_in_the_order_asked_duplicates_included()
    {
        MerkleNodeId[] ids = [new(3, 2), new(0, 7), new(3, 2), new(11, 0), new(0, 0)];
        Assert.Equal(
            await ((IMerkleNodeStore)_memory).GetManyAsync(ids, CancellationToken.None),
            await _postgres.GetManyAsync(ids, CancellationToken.None));
    }

    [Fact]
    public async Task A_node_that_was_never_stored_is_an_error_not_an_empty_hash()
    {
        await Assert.ThrowsAsync<KeyNotFoundException>(async () => await _postgres.GetAsync(0, StoredSize, CancellationToken.None));
        await Assert.ThrowsAsync<KeyNotFoundException>(async () => await _postgres.GetAsync(12, 0, CancellationToken.None));
    }

    private static T Wait<T>(ValueTask<T> task) => task.AsTask().GetAwaiter().GetResult();
}
