namespace EvidenceLedger.Integrity.Tests.Witnessing;

/// <summary>
/// A cosignature/v1 vector made outside this code base, with Python's <c>cryptography</c> package (OpenSSL's Ed25519):
/// RFC 8032 test 1's private key under the witness name below, cosigning the C2SP tlog-cosignature example checkpoint
/// at the example's time. The key ID is SHA-256(name ‖ 0x0A ‖ 0x04 ‖ public key)[:4], the line's payload is
/// key ID ‖ 8-byte big-endian time ‖ signature over "cosignature/v1\ntime 1679315147\n" ‖ body.
/// </summary>
internal static class CosignatureVectors
{
    public const string SeedHex = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";

    public const string WitnessName = "witness.example/w1";

    public const string VerifierKey = "witness.example/w1+eb762cc2+BNdamAGCsQq31Uv+08lkBzoO4XLz2qYjJa8CGmj3B1Ea";

    public const string SignerKey = "PRIVATE+KEY+witness.example/w1+eb762cc2+BJ1hsZ3v/VpguoRK9JLsLMREScVpezJpGXA7rAMcrn9g";

    public const ulong Timestamp = 1679315147;

    /// <summary>The checkpoint body of the C2SP examples.</summary>
    public const string CheckpointText = "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n";

    /// <summary>The log's signature line of the C2SP examples (its key is not published).</summary>
    public const string LogSignature = "— example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=\n";

    public const string CosignatureLine =
        "— witness.example/w1 63YswgAAAABkGFDL+TPmh4BYuAjsYRoqMJCWb/gWJaeRF/kmm5tlCr9sJ57DLErur7K0yDXc2ArN+TIuotuB/HbuL3AJsp3bv/aNCQ==\n";

    /// <summary>The cosignature line of the C2SP tlog-cosignature example (its witness key is not published).</summary>
    public const string SpecExampleLine =
        "— witness.example.com/w1 jWbPPwAAAABkGFDLEZMHwSRaJNiIDoe9DYn/zXcrtPHeolMI5OWXEhZCB9dlrDJsX3b2oyin1nPZqhf5nNo0xUe+mbIUBkBIfZ+qnA==\n";
}
