using System.Text.Json.Serialization;
using EvidenceLedger.Evidence.Serialization;

namespace EvidenceLedger.Evidence.Grading;

/// <summary>How far a source can be trusted, on the Admiralty (NATO) scale A–F; see <see cref="AdmiraltyCode"/> for the letters.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<SourceReliability>))]
public enum SourceReliability
{
    /// <summary>A.</summary>
    CompletelyReliable = 1,

    /// <summary>B.</summary>
    UsuallyReliable,

    /// <summary>C.</summary>
    FairlyReliable,

    /// <summary>D.</summary>
    NotUsuallyReliable,

    /// <summary>E.</summary>
    Unreliable,

    /// <summary>F.</summary>
    CannotBeJudged,
}
