using EvidenceLedger.EventStore;
using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.Evidence.Incidents;
using EvidenceLedger.Evidence.Incidents.Recording;
using EvidenceLedger.Evidence.Places;
using EvidenceLedger.Evidence.Texts;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Evidence.Importing;
using NodaTime;

namespace EvidenceLedger.Server.Evidence.Incidents.Importing;

/// <summary>
/// Records one incident per CSV row, all or nothing: every row is decided first (the same pure decision as
/// <c>POST /api/incidents</c>), and only when none is refused are all of them appended, each to its own new stream, in
/// one database transaction — a failure anywhere rolls every one back.
/// </summary>
public sealed class IncidentImport(LedgerEventStore store, IClock clock)
{
    public async Task<ImportOutcome> ImportAsync(byte[] csv, string actor, string? reason, bool dryRun, IProgress<ImportProgress>? progress = null,
        CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var (rows, problems) = IncidentCsvReader.Read(csv);
        var unreadable = problems.Select(problem => problem.Row).ToHashSet();

        var now = clock.GetCurrentInstant();
        var decided = new List<(IncidentCsvRow Row, RecordIncident Command, IReadOnlyList<EventToAppend> Events)>();
        var refusals = new List<ImportProblem>(problems);
        foreach (var row in rows.Where(row => !unreadable.Contains(row.Number)))
        {
            progress?.Report(new ImportProgress(ImportStage.Checking, row.Number - 1, rows.Count));
            var command = new RecordIncident(Guid.CreateVersion7(), row.Title, row.Summary, row.Occurred, new Place(row.Place, row.Aliases, null), now);
            var decision = IncidentDecider.Decide(command, IncidentDecider.Initial);
            if (decision.Rejection is { } rejection)
                refusals.AddRange(rejection.All.Select(problem => ImportProblem.InCell(row.Number, Column(problem.Field), problem.Reason)));
            else
                decided.Add((row, command, EvidenceEvents.ToAppend(decision.Events)));
        }
        if (refusals.Count > 0) return new ImportOutcome.Refused([.. refusals.OrderBy(problem => problem.Row)]);
        if (dryRun) return new ImportOutcome.Checked(decided.Count);

        var imported = new List<ImportedIncident>(decided.Count);
        var appends = decided.Select(each => new ImportAppend(EvidenceStreams.Incident(each.Command.IncidentId), ExpectedVersion.NoStream, each.Events, 1,
            appended => imported.Add(new ImportedIncident(each.Row.Number, each.Command.IncidentId, FreeText.Clean(each.Row.Title), appended.NextExpectedVersion, appended.LastPosition))));
        if (await AllOrNothing.AppendAsync(store, [.. appends], actor, FreeText.CleanOrNull(reason), progress, ct) is { } lost) return lost;
        return new ImportOutcome.Imported(imported.Count, Incidents: imported);
    }

    /// <summary>The CSV column a field of <see cref="RecordIncident"/> came from.</summary>
    private static string Column(string field) => field switch
    {
        _ when field.StartsWith("place.aliases", StringComparison.Ordinal) => "aliases",
        _ when field.StartsWith("place", StringComparison.Ordinal) => "place",
        _ => field,
    };
}
