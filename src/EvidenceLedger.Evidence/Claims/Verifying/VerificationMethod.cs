using System.Text.Json.Serialization;
using EvidenceLedger.Evidence.Serialization;

namespace EvidenceLedger.Evidence.Claims.Verifying;

[JsonConverter(typeof(SnakeCaseEnumConverter<VerificationMethod>))]
public enum VerificationMethod
{
    SourceCheck = 1,
    CrossReference,
    Geolocation,
    Chronolocation,
    WitnessInterview,
    DocumentAnalysis,
    Other,
}
