using System.Security.Cryptography;
using System.Text;

namespace EvidenceLedger.Server.Demo;

/// <summary>
/// Name-based ids (RFC 9562 version 8: SHA-256 of a fixed namespace and the name), so every run of the demo gives every
/// source, incident, claim, citation and step the same id.
/// </summary>
public static class DemoIds
{
    private static readonly Guid Namespace = new("5d3a0c9e-6b1f-4e27-9a44-0c2f7e1b8d63");

    public static Guid For(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var namespaceBytes = Namespace.ToByteArray(bigEndian: true);
        var hash = SHA256.HashData([.. namespaceBytes, .. Encoding.UTF8.GetBytes(name)]);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
