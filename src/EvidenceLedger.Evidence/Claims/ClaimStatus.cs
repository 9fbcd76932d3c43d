using System.Text.Json.Serialization;
using EvidenceLedger.Evidence.Serialization;

namespace EvidenceLedger.Evidence.Claims;

/// <summary>Where the documentation team's assessment of a claim stands; every claim starts <see cref="Unverified"/>.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<ClaimStatus>))]
public enum ClaimStatus
{
    Unverified = 1,
    Corroborated,
    Contested,
    Confirmed,
    Discredited,
}
