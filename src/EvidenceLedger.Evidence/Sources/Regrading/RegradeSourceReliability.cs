using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Grading;
using EvidenceLedger.Evidence.Texts;

namespace EvidenceLedger.Evidence.Sources.Regrading;

public sealed record RegradeSourceReliability(Guid SourceId, SourceReliability Reliability, string Rationale) : ISourceCommand
{
    internal Decision<ISourceEvent> Decide(SourceState state)
    {
        if (!state.Exists)
            return SourceDecider.NotFound;

        return Require.FirstOf(
                Require.Known(Reliability, "reliability"),
                Require.Text(Rationale, "rationale", "A rationale for the new grade", TextLimits.Reason),
                Reliability == state.Reliability
                    ? Rejection.Invalid("reliability", $"The source is already graded {AdmiraltyCode.Of(Reliability)}.")
                    : null)
            ?? Decision<ISourceEvent>.Accept(new SourceReliabilityRegraded(SourceId, Reliability, FreeText.Clean(Rationale)));
    }
}
