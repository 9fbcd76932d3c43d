using EvidenceLedger.Evidence.Claims;
using EvidenceLedger.Evidence.Incidents.Viewing;
using EvidenceLedger.Evidence.Places;
using EvidenceLedger.Evidence.Serialization;
using EvidenceLedger.Server.Evidence.Sources;
using NodaTime;

namespace EvidenceLedger.Server.Evidence.Incidents.Searching;

/// <summary>
/// Which incidents to find; every given criterion must hold. <paramref name="Text"/>: every word appears (ignoring case)
/// in the title, summary, place names or a claim's statement or category. <paramref name="Place"/>: any spelling of the
/// place name or an alias (<see cref="PlaceNameKey"/>). <paramref name="OccurredFrom"/>/<paramref name="OccurredTo"/>:
/// the incident's EDTF date can fall within the range (inclusive; open-ended dates overlap everything on their open side).
/// <paramref name="Status"/>: at least one claim that is not retracted has this status.
/// </summary>
public sealed record IncidentFilter(string? Text = null, string? Place = null, LocalDate? OccurredFrom = null, LocalDate? OccurredTo = null, ClaimStatus? Status = null)
{
    public static IncidentFilter All { get; } = new();

    /// <summary>The order the matching incidents are listed in; newest recorded first unless said otherwise.</summary>
    public IncidentSort Sort { get; init; } = IncidentSort.Recorded;

    public IReadOnlyList<string> Terms => SourceFilter.SplitTerms(Text);

    /// <summary>The search key of <see cref="Place"/>; empty when the place has no letters (and then nothing matches).</summary>
    public string? PlaceKey => Place is null ? null : PlaceNameKey.For(Place);

    public bool Matches(IncidentView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var text = SearchText(view);
        return Terms.All(term => text.Contains(term, StringComparison.Ordinal))
            && (Place is null || PlaceNameMatcher.Matches(view.Place, Place))
            && (OccurredFrom is null && OccurredTo is null || view.Occurred.Overlaps(OccurredFrom, OccurredTo))
            && (Status is not { } status || view.OpenClaimStatuses().Contains(status));
    }

    /// <summary>
    /// Whether the incident matched <see cref="OccurredFrom"/>/<see cref="OccurredTo"/> only because its date's range overlaps
    /// them: it is undated on a side that is bounded, or may have fallen outside them as well as within.
    /// </summary>
    public bool MatchedByOverlap(IncidentView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return (OccurredFrom is { } from && (view.Occurred.Earliest is not { } earliest || earliest < from))
            || (OccurredTo is { } to && (view.Occurred.Latest is not { } latest || latest > to));
    }

    /// <summary>The text an incident is found by: title, summary, place names, claim statements and categories, lower-cased.</summary>
    public static string SearchText(IncidentView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return string.Join('\n', new[] { view.Title, view.Summary }
                .Concat(view.Place.AllNames)
                .Concat(view.Claims.SelectMany(claim => new[] { claim.Statement, claim.Category ?? string.Empty })))
            .ToLowerInvariant();
    }

    /// <summary>The statuses of the claims that are not retracted, as their snake_case names.</summary>
    public static string[] OpenClaimStatusNames(IncidentView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.OpenClaimStatuses().Select(SnakeCaseName.Of).ToArray();
    }
}
