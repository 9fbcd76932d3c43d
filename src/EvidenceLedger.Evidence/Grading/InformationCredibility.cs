using System.Text.Json.Serialization;
using EvidenceLedger.Evidence.Serialization;

namespace EvidenceLedger.Evidence.Grading;

/// <summary>How believable one piece of information is, on the Admiralty (NATO) scale 1–6; see <see cref="AdmiraltyCode"/> for the digits.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<InformationCredibility>))]
public enum InformationCredibility
{
    /// <summary>1: confirmed by other, independent sources.</summary>
    ConfirmedByOtherSources = 1,

    /// <summary>2.</summary>
    ProbablyTrue,

    /// <summary>3.</summary>
    PossiblyTrue,

    /// <summary>4.</summary>
    Doubtful,

    /// <summary>5.</summary>
    Improbable,

    /// <summary>6.</summary>
    TruthCannotBeJudged,
}
