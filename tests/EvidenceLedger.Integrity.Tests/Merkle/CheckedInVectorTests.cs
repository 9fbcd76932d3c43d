using EvidenceLedger.Integrity.Merkle;
using EvidenceLedger.Integrity.Tests.Support;

namespace EvidenceLedger.Integrity.Tests.Merkle;

/// <summary>
/// Roots and proofs over the leaves "evidence-0" … "evidence-12", computed once with a separate Python transcription
/// of the RFC 9162 recursions. They pin the exact bytes, so a change that altered both the implementation and the
/// in-test oracle the same way would still be caught.
/// </summary>
public sealed class CheckedInVectorTests
{
    private static readonly TestTree Tree = TestTree.Build(13);

    [Theory]
    [InlineData(1, "ab3a60d0de73b7e07d774c07867e129018e919eabad0fce5a4b132ff667b535f")]
    [InlineData(2, "bcbb9a4ce664d6f3ce1df16909b48383c83985d9da74febbbe44fd689c42f94d")]
    [InlineData(3, "b61ba40f1cad95062ab018790076f163592c62c438536799def1914e8faeb75b")]
    [InlineData(5, "c2d457c7fb7f798fbb2b9f60d0e532088b5c4604b2116d1ff11662ce45fbbfc6")]
    [InlineData(7, "1627e66e76659df2821e799436be97d14d4e3fa9fbc580bb21603bf5818c08e2")]
    [InlineData(13, "1bf049e9c38962134b0cdfce76905fd5611c52394ac5e2719fbb6041895c634c")]
    public async Task Roots_match_the_checked_in_values(int size, string root)
    {
        Assert.Equal(root, Hex.Of(await MerkleProofs.RootAsync(Tree.Store, size, CancellationToken.None)));
        Assert.Equal(root, Hex.Of(NaiveMerkleTree.Mth(Tree.Prefix(size))));
    }

    [Theory]
    [InlineData(4, 13, "2012ef01da55cfa7716ea5de7e4f5aeec20c782ce6f09a0744695a094627a22a 38530fdc8780af4db869e2a9befe677bc70e1bfff5baac176b13d69056b9b599 3b11ba2d3d2cba62de60584be9a6e71c69f82374398090f2bdf5020205fb4fb1 81d2a84fe4233b36d345727ca0a4fc20b137319cfbffa04f332014f533688f13")]
    [InlineData(12, 13, "b2eeb937fa170b1c4f3ad3a0a88ef3c3c7292fa6a415ec5ce97e13c72edecd96 ccf12a640d1dd5cf95bfec0a8582058906278b8198b693a14c5c06c5a79b9e67")]
    public async Task Inclusion_proofs_match_the_checked_in_values(int leafIndex, int treeSize, string expected)
    {
        var proof = await MerkleProofs.InclusionProofAsync(Tree.Store, leafIndex, treeSize, CancellationToken.None);

        Assert.Equal(expected.Split(' '), proof.Select(h => Hex.Of(h)));
    }

    [Theory]
    [InlineData(3, 13, "7b13379a8120a68e9a7b48bf2d593fb0db2e8e850ac0cdc2bbe0c5e1108e0cb2 5972ba25b36fd8612d85e12ef0e2335dabb8a93a24771d148f3637ec811216d8 bcbb9a4ce664d6f3ce1df16909b48383c83985d9da74febbbe44fd689c42f94d 7733e3543c89c0f4b02fe3e30455f4b7a17601a2445c04cc610c885e6ce69456 81d2a84fe4233b36d345727ca0a4fc20b137319cfbffa04f332014f533688f13")]
    [InlineData(8, 13, "81d2a84fe4233b36d345727ca0a4fc20b137319cfbffa04f332014f533688f13")]
    [InlineData(6, 7, "1215b24005571d2e1a092a7d1030917d5d933ace28334e2f82d2abed6cff6307 c126b1ba698e9b5e3a98f235bab4ed838f77650b1c7182130a2c0b8bf2cd1c5c 3b11ba2d3d2cba62de60584be9a6e71c69f82374398090f2bdf5020205fb4fb1")]
    public async Task Consistency_proofs_match_the_checked_in_values(int oldSize, int newSize, string expected)
    {
        var proof = await MerkleProofs.ConsistencyProofAsync(Tree.Store, oldSize, newSize, CancellationToken.None);

        Assert.Equal(expected.Split(' '), proof.Select(h => Hex.Of(h)));
    }
}
