using EvidenceLedger.Evidence.Deciding;

namespace EvidenceLedger.Evidence.Incidents.Describing;

public sealed record ReviseIncidentDescription(Guid IncidentId, string Title, string? Summary, string Reason) : IIncidentCommand
{
    internal Decision<IIncidentEvent> Decide(IncidentState state)
    {
        if (!state.Exists)
            return IncidentDecider.NotFound;

        var title = Title?.Trim() ?? string.Empty;
        var summary = Summary?.Trim() ?? string.Empty;
        return Require.FirstOf(
                Require.Text(Title, "title", "A title"),
                Require.Text(Reason, "reason", "A reason for the revision"),
                string.Equals(title, state.Title, StringComparison.Ordinal) && string.Equals(summary, state.Summary, StringComparison.Ordinal)
                    ? Rejection.Invalid("title", "Neither the title nor the summary would change.")
                    : null)
            ?? Decision<IIncidentEvent>.Accept(new IncidentDescriptionRevised(IncidentId, title, summary, Reason.Trim()));
    }
}
