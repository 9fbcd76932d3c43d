using System.Text.Json;
using EvidenceLedger.Integrity.Signing;
using EvidenceLedger.Integrity.Tests.Support;

namespace EvidenceLedger.Integrity.Tests.Signing;

/// <summary>Every test of Wycheproof's Ed25519 verification vectors: valid ones verify, invalid ones (edge values, bad encodings, malleated S, truncated or padded signatures) do not.</summary>
public sealed class Ed25519WycheproofVectorTests
{
    public static TheoryData<int, string, string, string, string, string> Vectors()
    {
        using var stream = typeof(Ed25519WycheproofVectorTests).Assembly.GetManifestResourceStream("Vectors.wycheproof_ed25519_test.json")!;
        using var document = JsonDocument.Parse(stream);
        var data = new TheoryData<int, string, string, string, string, string>();
        foreach (var group in document.RootElement.GetProperty("testGroups").EnumerateArray())
        {
            var publicKey = group.GetProperty("publicKey").GetProperty("pk").GetString()!;
            foreach (var test in group.GetProperty("tests").EnumerateArray())
            {
                data.Add(test.GetProperty("tcId").GetInt32(), string.Join(',', test.GetProperty("flags").EnumerateArray().Select(f => f.GetString())),
                    publicKey, test.GetProperty("msg").GetString()!, test.GetProperty("sig").GetString()!, test.GetProperty("result").GetString()!);
            }
        }
        return data;
    }

    [Fact]
    public void All_151_vectors_are_read() => Assert.Equal(151, Vectors().Count);

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Verification_agrees_with_the_vector(int tcId, string flags, string publicKey, string message, string signature, string result)
    {
        var verified = Ed25519.Verify(Hex.Bytes(publicKey), Hex.Bytes(message), Hex.Bytes(signature));

        Assert.True(verified == (result == "valid"), $"tcId {tcId} ({flags}): expected {result}, verified {verified}");
    }
}
