using System.Text.Json.Serialization;
using EvidenceLedger.Evidence.Serialization;

namespace EvidenceLedger.Evidence.Sources.Viewing;

/// <summary>Whether a source has a protected identity on file; the identity itself is never part of any view.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<IdentityStatus>))]
public enum IdentityStatus
{
    None = 1,
    Protected,
    Shredded,
}
