using System.Text.Json.Serialization;
using EvidenceLedger.Evidence.Serialization;

namespace EvidenceLedger.Evidence.Sources;

[JsonConverter(typeof(SnakeCaseEnumConverter<SourceKind>))]
public enum SourceKind
{
    Organization = 1,
    Media,
    Individual,
    Anonymous,
    SocialMedia,
}
