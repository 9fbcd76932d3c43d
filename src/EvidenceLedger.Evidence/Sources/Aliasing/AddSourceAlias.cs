using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Texts;

namespace EvidenceLedger.Evidence.Sources.Aliasing;

/// <summary>Records another name the same source appears under (e.g. "SyriaDirect" for "Syria Direct").</summary>
public sealed record AddSourceAlias(Guid SourceId, string Alias) : ISourceCommand
{
    internal Decision<ISourceEvent> Decide(SourceState state)
    {
        if (!state.Exists)
            return SourceDecider.NotFound;
        if (Require.Text(Alias, "alias", "The alias", TextLimits.Alias) is { } missing)
            return missing;
        if (state.IsKnownAs(Alias))
            return Rejection.Conflict("alias", $"The source is already known as '{FreeText.Clean(Alias)}'.");

        return Decision<ISourceEvent>.Accept(new SourceAliasAdded(SourceId, FreeText.Clean(Alias)));
    }
}
