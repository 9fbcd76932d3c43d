using EvidenceLedger.Evidence.Claims;
using EvidenceLedger.Evidence.Claims.Verifying;
using EvidenceLedger.Evidence.Grading;
using EvidenceLedger.Evidence.Sources;
using EvidenceLedger.Evidence.Sources.Viewing;

namespace EvidenceLedger.Server.Exporting.Report;

/// <summary>The report's plain-English names for the ledger's enumerations.</summary>
internal static class Words
{
    public static string Of(ClaimStatus status) => status switch
    {
        ClaimStatus.Unverified => "unverified",
        ClaimStatus.Corroborated => "corroborated",
        ClaimStatus.Contested => "contested",
        ClaimStatus.Confirmed => "confirmed",
        ClaimStatus.Discredited => "discredited",
        _ => status.ToString(),
    };

    public static string Of(VerificationMethod method) => method switch
    {
        VerificationMethod.SourceCheck => "source check",
        VerificationMethod.CrossReference => "cross-reference",
        VerificationMethod.Geolocation => "geolocation",
        VerificationMethod.Chronolocation => "chronolocation",
        VerificationMethod.WitnessInterview => "witness interview",
        VerificationMethod.DocumentAnalysis => "document analysis",
        _ => "other method",
    };

    public static string Of(VerificationOutcome outcome) => outcome switch
    {
        VerificationOutcome.Supports => "supports",
        VerificationOutcome.Contradicts => "contradicts",
        _ => "neither supports nor contradicts",
    };

    public static string Of(SourceKind kind) => kind switch
    {
        SourceKind.Organization => "organization",
        SourceKind.Media => "media",
        SourceKind.Individual => "individual",
        SourceKind.Anonymous => "anonymous",
        SourceKind.SocialMedia => "social media",
        _ => kind.ToString(),
    };

    public static string Of(IdentityStatus status) => status switch
    {
        IdentityStatus.Protected => "protected identity on file (withheld from this export)",
        IdentityStatus.Shredded => "protected identity shredded",
        _ => "no protected identity",
    };

    public static string Of(SourceReliability reliability) => $"{AdmiraltyCode.Of(reliability)} — " + reliability switch
    {
        SourceReliability.CompletelyReliable => "completely reliable",
        SourceReliability.UsuallyReliable => "usually reliable",
        SourceReliability.FairlyReliable => "fairly reliable",
        SourceReliability.NotUsuallyReliable => "not usually reliable",
        SourceReliability.Unreliable => "unreliable",
        _ => "reliability cannot be judged",
    };

    public static string Of(InformationCredibility credibility) => $"{AdmiraltyCode.Of(credibility)} — " + credibility switch
    {
        InformationCredibility.ConfirmedByOtherSources => "confirmed by other sources",
        InformationCredibility.ProbablyTrue => "probably true",
        InformationCredibility.PossiblyTrue => "possibly true",
        InformationCredibility.Doubtful => "doubtful",
        InformationCredibility.Improbable => "improbable",
        _ => "truth cannot be judged",
    };
}
