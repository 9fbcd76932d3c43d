using System.Runtime.InteropServices;

namespace EvidenceLedger.Integrity.Signing;

/// <summary>
/// The one libsodium function NSec does not expose: the full validity check of an Ed25519 point. Same native library
/// NSec loads and initialises (sodium_init), reached by its own name.
/// </summary>
internal static partial class Sodium
{
    public static bool IsValidPoint(ReadOnlySpan<byte> point)
    {
        EnsureInitialized();
        return crypto_core_ed25519_is_valid_point(point) == 1;
    }

    // Touching an NSec algorithm makes NSec run sodium_init first, which libsodium needs before any other call.
    private static void EnsureInitialized() => _ = NSec.Cryptography.SignatureAlgorithm.Ed25519;

    [LibraryImport("libsodium")]
    private static partial int crypto_core_ed25519_is_valid_point(ReadOnlySpan<byte> p);
}
