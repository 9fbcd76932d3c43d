using System.Text.Json.Serialization;
using EvidenceLedger.Evidence.Serialization;

namespace EvidenceLedger.Evidence.Claims.Verifying;

[JsonConverter(typeof(SnakeCaseEnumConverter<VerificationOutcome>))]
public enum VerificationOutcome
{
    Supports = 1,
    Contradicts,
    Inconclusive,
}
