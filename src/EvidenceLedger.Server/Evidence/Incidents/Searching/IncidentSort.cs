using EvidenceLedger.Evidence.Incidents.Viewing;

namespace EvidenceLedger.Server.Evidence.Incidents.Searching;

/// <summary>
/// The order of an incident list (<c>sort=</c>, snake_case): newest recorded first (the default), most recently changed
/// first, by when it occurred (earliest first; a date open at its start counts as earliest), or by title (A to Z).
/// Ties keep the newest recorded first.
/// </summary>
public enum IncidentSort
{
    Recorded,
    Changed,
    Occurred,
    Title,
}

public static class IncidentSorting
{
    /// <summary>The ORDER BY of the incidents projection's table for <paramref name="sort"/>.</summary>
    public static string Sql(IncidentSort sort) => sort switch
    {
        IncidentSort.Changed => "(view->>'lastChangedAt')::timestamptz DESC, recorded_position DESC",
        IncidentSort.Occurred => "occurred_earliest ASC NULLS FIRST, occurred_latest ASC NULLS LAST, recorded_position DESC",
        IncidentSort.Title => "lower(view->>'title') COLLATE \"C\" ASC, recorded_position DESC",
        _ => "recorded_position DESC",
    };

    /// <summary>The same order over views already newest recorded first (a list as of the past, replayed).</summary>
    public static IEnumerable<IncidentView> Order(IEnumerable<IncidentView> newestRecordedFirst, IncidentSort sort) => sort switch
    {
        IncidentSort.Changed => newestRecordedFirst.OrderByDescending(view => view.LastChangedAt),
        IncidentSort.Occurred => newestRecordedFirst
            .OrderBy(view => view.Occurred.Earliest is null ? 0 : 1).ThenBy(view => view.Occurred.Earliest)
            .ThenBy(view => view.Occurred.Latest is null ? 1 : 0).ThenBy(view => view.Occurred.Latest),
        IncidentSort.Title => newestRecordedFirst.OrderBy(view => view.Title.ToLowerInvariant(), StringComparer.Ordinal),
        _ => newestRecordedFirst,
    };
}
