using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Texts;

namespace EvidenceLedger.Evidence.Incidents.Describing;

public sealed record ReviseIncidentDescription(Guid IncidentId, string Title, string? Summary, string Reason) : IIncidentCommand
{
    internal Decision<IIncidentEvent> Decide(IncidentState state)
    {
        if (!state.Exists)
            return IncidentDecider.NotFound;

        var title = FreeText.Clean(Title);
        var summary = FreeText.CleanOrNull(Summary) ?? string.Empty;
        return Require.FirstOf(
                Require.Text(Title, "title", "A title", TextLimits.Title),
                Require.OptionalText(Summary, "summary", "A summary", TextLimits.Summary),
                Require.Text(Reason, "reason", "A reason for the revision", TextLimits.Reason),
                string.Equals(title, state.Title, StringComparison.Ordinal) && string.Equals(summary, state.Summary, StringComparison.Ordinal)
                    ? Rejection.Invalid("title", "Neither the title nor the summary would change.")
                    : null)
            ?? Decision<IIncidentEvent>.Accept(new IncidentDescriptionRevised(IncidentId, title, summary, FreeText.Clean(Reason)));
    }
}
