using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Grading;
using EvidenceLedger.Evidence.Texts;

namespace EvidenceLedger.Evidence.Sources.Registering;

public sealed record RegisterSource(Guid SourceId, string Name, SourceKind Kind, SourceReliability Reliability) : ISourceCommand
{
    internal Decision<ISourceEvent> Decide(SourceState state)
    {
        if (state.Exists)
            return Rejection.Conflict("sourceId", "A source with this id is already registered.");

        return Require.FirstOf(
                Require.Id(SourceId, "sourceId", "The source id"),
                Require.Text(Name, "name", "The source's name", TextLimits.Name),
                Require.Known(Kind, "kind"),
                Require.Known(Reliability, "reliability"))
            ?? Decision<ISourceEvent>.Accept(new SourceRegistered(SourceId, FreeText.Clean(Name), Kind, Reliability));
    }
}
