using EvidenceLedger.Integrity.Merkle;
using EvidenceLedger.Integrity.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace EvidenceLedger.Integrity.Tests.Merkle;

/// <summary>Random tree sizes up to 2000, each built in a store holding exactly that size, checked against <see cref="NaiveMerkleTree"/>.</summary>
public sealed class MerkleProofPropertyTests
{
    private const int MaxSize = 2000;

    private static readonly TestTree FullTree = TestTree.Build(MaxSize);

    private static readonly Gen<(int Size, int Index)> SizeAndIndex =
        from size in Gen.Choose(1, MaxSize)
        from index in Gen.Choose(0, size - 1)
        select (size, index);

    private static readonly Gen<(int OldSize, int NewSize)> TwoSizes =
        from newSize in Gen.Choose(2, MaxSize)
        from oldSize in Gen.Choose(1, newSize - 1)
        select (oldSize, newSize);

    [Fact]
    public void Inclusion_proofs_equal_the_RFC_path_and_verify_against_the_RFC_root() =>
        PropertyCheck.Holds(Prop.ForAll(SizeAndIndex.ToArbitrary(), c =>
        {
            var tree = TestTree.Build(c.Size);
            var proof = Sync.Await(MerkleProofs.InclusionProofAsync(tree.Store, c.Index, c.Size, CancellationToken.None));

            Assert.Equal(NaiveMerkleTree.Path(c.Index, tree.Leaves), proof);
            Assert.True(MerkleProofVerifier.VerifyInclusion(c.Index, c.Size, tree.LeafHash(c.Index), proof, NaiveMerkleTree.Mth(tree.Leaves)).IsValid);
        }));

    [Fact]
    public void Consistency_proofs_equal_the_RFC_proof_and_verify_against_both_RFC_roots() =>
        PropertyCheck.Holds(Prop.ForAll(TwoSizes.ToArbitrary(), c =>
        {
            var tree = TestTree.Build(c.NewSize);
            var proof = Sync.Await(MerkleProofs.ConsistencyProofAsync(tree.Store, c.OldSize, c.NewSize, CancellationToken.None));

            Assert.Equal(NaiveMerkleTree.Proof(c.OldSize, tree.Leaves), proof);
            var oldRoot = NaiveMerkleTree.Mth(tree.Prefix(c.OldSize));
            Assert.True(MerkleProofVerifier.VerifyConsistency(c.OldSize, c.NewSize, oldRoot, NaiveMerkleTree.Mth(tree.Leaves), proof).IsValid);
        }));

    [Fact]
    public void Flipping_any_bit_of_an_inclusion_proof_the_root_or_the_leaf_hash_fails_verification() =>
        PropertyCheck.Holds(
            Prop.ForAll(SizeAndIndex.ToArbitrary(), c =>
            {
                var tree = TestTree.Build(c.Size);
                var proof = Sync.Await(MerkleProofs.InclusionProofAsync(tree.Store, c.Index, c.Size, CancellationToken.None));
                var root = tree.Appender.Root();
                var leaf = tree.LeafHash(c.Index);

                foreach (var (element, bit) in EveryBit(proof.Count))
                {
                    var tampered = proof.Select(h => h.ToArray()).ToList();
                    Flip(tampered[element], bit);
                    Assert.False(MerkleProofVerifier.VerifyInclusion(c.Index, c.Size, leaf, tampered, root).IsValid);
                }

                for (var bit = 0; bit < 256; bit++)
                {
                    Assert.False(MerkleProofVerifier.VerifyInclusion(c.Index, c.Size, leaf, proof, Flipped(root, bit)).IsValid);
                    Assert.False(MerkleProofVerifier.VerifyInclusion(c.Index, c.Size, Flipped(leaf, bit), proof, root).IsValid);
                }
            }),
            maxTests: 25);

    [Fact]
    public void Flipping_any_bit_of_a_consistency_proof_or_either_root_fails_verification() =>
        PropertyCheck.Holds(
            Prop.ForAll(TwoSizes.ToArbitrary(), c =>
            {
                var tree = TestTree.Build(c.NewSize);
                var proof = Sync.Await(MerkleProofs.ConsistencyProofAsync(tree.Store, c.OldSize, c.NewSize, CancellationToken.None));
                var oldRoot = Sync.Await(MerkleProofs.RootAsync(tree.Store, c.OldSize, CancellationToken.None));
                var newRoot = tree.Appender.Root();

                foreach (var (element, bit) in EveryBit(proof.Count))
                {
                    var tampered = proof.Select(h => h.ToArray()).ToList();
                    Flip(tampered[element], bit);
                    Assert.False(MerkleProofVerifier.VerifyConsistency(c.OldSize, c.NewSize, oldRoot, newRoot, tampered).IsValid);
                }

                for (var bit = 0; bit < 256; bit++)
                {
                    Assert.False(MerkleProofVerifier.VerifyConsistency(c.OldSize, c.NewSize, Flipped(oldRoot, bit), newRoot, proof).IsValid);
                    Assert.False(MerkleProofVerifier.VerifyConsistency(c.OldSize, c.NewSize, oldRoot, Flipped(newRoot, bit), proof).IsValid);
                }
            }),
            maxTests: 25);

    [Fact]
    public void An_inclusion_proof_fails_for_any_other_index_or_against_the_root_of_any_other_size()
    {
        var cases =
            from c in SizeAndIndex
            from otherIndex in Gen.Choose(0, c.Size - 1)
            from otherSize in Gen.Choose(Math.Max(1, c.Index), MaxSize)
            select (c.Size, c.Index, OtherIndex: otherIndex, OtherSize: otherSize);

        PropertyCheck.Holds(Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var tree = FullTree;
            var proof = Sync.Await(MerkleProofs.InclusionProofAsync(tree.Store, c.Index, c.Size, CancellationToken.None));
            var root = Sync.Await(MerkleProofs.RootAsync(tree.Store, c.Size, CancellationToken.None));
            var otherRoot = Sync.Await(MerkleProofs.RootAsync(tree.Store, c.OtherSize, CancellationToken.None));
            var leaf = tree.LeafHash(c.Index);

            Assert.Equal(c.OtherIndex == c.Index, MerkleProofVerifier.VerifyInclusion(c.OtherIndex, c.Size, leaf, proof, root).IsValid);
            Assert.Equal(c.OtherSize == c.Size, MerkleProofVerifier.VerifyInclusion(c.Index, c.OtherSize, leaf, proof, otherRoot).IsValid);
        }));
    }

    [Fact]
    public void A_consistency_proof_fails_for_any_other_pair_of_sizes_with_their_true_roots()
    {
        var cases =
            from c in TwoSizes
            from otherOld in Gen.Choose(1, MaxSize)
            from otherNew in Gen.Choose(otherOld, MaxSize)
            select (c.OldSize, c.NewSize, OtherOld: otherOld, OtherNew: otherNew);

        PropertyCheck.Holds(Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var tree = FullTree;
            var proof = Sync.Await(MerkleProofs.ConsistencyProofAsync(tree.Store, c.OldSize, c.NewSize, CancellationToken.None));
            var root = (int size) => Sync.Await(MerkleProofs.RootAsync(tree.Store, size, CancellationToken.None));
            var same = c.OtherOld == c.OldSize && c.OtherNew == c.NewSize;

            Assert.Equal(c.OtherOld == c.OldSize, MerkleProofVerifier.VerifyConsistency(c.OtherOld, c.NewSize, root(c.OtherOld), root(c.NewSize), proof).IsValid);
            Assert.Equal(same, MerkleProofVerifier.VerifyConsistency(c.OtherOld, c.OtherNew, root(c.OtherOld), root(c.OtherNew), proof).IsValid);
        }));
    }

    private static IEnumerable<(int Element, int Bit)> EveryBit(int elements) =>
        from element in Enumerable.Range(0, elements)
        from bit in Enumerable.Range(0, 256)
        select (element, bit);

    private static void Flip(byte[] hash, int bit) => hash[bit / 8] ^= (byte)(1 << (bit % 8));

    private static byte[] Flipped(byte[] hash, int bit)
    {
        var copy = hash.ToArray();
        Flip(copy, bit);
        return copy;
    }
}
