namespace EvidenceLedger.Evidence.Claims.Citing;

/// <summary>Validation of the SHA-256 digests of captured originals, stored as 64 lower-case hex digits.</summary>
public static class Sha256Digest
{
    public const int HexLength = 64;

    public static bool IsValid(string? hex) => hex is { Length: HexLength } && hex.All(char.IsAsciiHexDigit);

    public static string Canonical(string hex) => hex.ToLowerInvariant();
}
