using EvidenceLedger.EventStore;
using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.Evidence.Claims.Recording;
using EvidenceLedger.Evidence.Counts;
using EvidenceLedger.Evidence.Grading;
using EvidenceLedger.Evidence.Incidents;
using EvidenceLedger.Evidence.Texts;
using EvidenceLedger.Server.Evidence.Claims.Csv;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Evidence.Http;
using EvidenceLedger.Server.Evidence.Importing;
using EvidenceLedger.Server.Evidence.Incidents;
using EvidenceLedger.Server.Evidence.Incidents.Searching;
using EvidenceLedger.Server.Evidence.Replaying;
using EvidenceLedger.Server.Evidence.Sources;
using NodaTime;

namespace EvidenceLedger.Server.Evidence.Claims.Importing;

/// <summary>
/// Records one claim per CSV row (columns <see cref="ClaimListCsv.ImportColumns"/>), all or nothing. A row names its
/// incident by id or exact title, and its source by id, name or alias (ignoring case), as a spreadsheet would; each
/// claim is decided on its incident's state with the claims of the rows before it (the same pure decision as
/// <c>POST /api/incidents/{id}/claims</c>), and only when no row is refused are all appended, in one transaction, each
/// incident at the version its claims were decided on.
/// </summary>
public sealed class ClaimImport(LedgerEventStore store, EvidenceHistory history, IncidentQueries incidentQueries, SourceQueries sources, IClock clock)
{
    private static readonly CsvImportTable Table = new(ClaimListCsv.ImportColumns, ["incident", "statement", "source"], ClaimListCsv.LedgerColumns);

    public async Task<ImportOutcome> ImportAsync(byte[] csv, string actor, string? reason, bool dryRun, IProgress<ImportProgress>? progress = null,
        CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var (rows, problems) = Table.Read(csv);
        var refusals = new List<ImportProblem>(problems);
        var unreadable = problems.Select(problem => problem.Row).ToHashSet();
        var incidentNames = new Names(
            (await incidentQueries.AllMatchingAsync(IncidentFilter.All, ReadLimit.None, ct)).Select(incident => (incident.Id, incident.Title, (IEnumerable<string>)[])),
            "incident", "title");
        var sourceNames = new Names(
            (await sources.ListAsync(SourceFilter.All, ReadLimit.None, ct)).Select(source => (source.Id, source.Name, (IEnumerable<string>)source.Aliases)),
            "source", "name or alias");

        var now = clock.GetCurrentInstant();
        var drafts = new Dictionary<Guid, Draft>();
        var decided = new List<(CsvImportRow Row, RecordClaim Command, long Version)>();
        foreach (var row in rows.Where(row => !unreadable.Contains(row.Number)))
        {
            progress?.Report(new ImportProgress(ImportStage.Checking, row.Number - 1, rows.Count));
            var cellProblems = new List<ImportProblem>();
            void Fault(string column, string? message)
            {
                if (message is not null) cellProblems.Add(ImportProblem.InCell(row.Number, column, message));
            }

            var (incidentId, badIncident) = incidentNames.Resolve(row.Cell("incident"));
            Fault("incident", badIncident);
            // The export writes both: the id, where given, tells apart two sources of the same name.
            var sourceColumn = FreeText.IsBlank(row.Cell("sourceId")) ? "source" : "sourceId";
            var (sourceId, badSource) = sourceNames.Resolve(row.Cell(sourceColumn));
            Fault(sourceColumn, badSource);
            CountRange? count = null;
            if (!FreeText.IsBlank(row.Cell("count")) && !CountRange.TryParse(row.Cell("count"), out count, out var badCount))
                Fault("count", badCount);
            var (credibility, badCredibility) = RequestValues.CredibilityText(row.Cell("credibility"));
            Fault("credibility", badCredibility);
            if (incidentId is not { } incident)
            {
                refusals.AddRange(cellProblems);
                continue;
            }

            if (!drafts.TryGetValue(incident, out var draft))
            {
                var (state, version) = await history.IncidentStateAsync(incident, ReadLimit.None, ct);
                drafts[incident] = draft = new Draft(state, version);
            }
            var command = new RecordClaim(incident, Guid.CreateVersion7(), row.Cell("statement") ?? "", sourceId ?? Guid.Empty,
                FreeText.CleanOrNull(row.Cell("category")), count, credibility ?? InformationCredibility.TruthCannotBeJudged,
                FreeText.CleanOrNull(row.Cell("occurred")), now);
            var decision = IncidentDecider.Decide(command, draft.State);
            if (decision.Rejection is { } rejection)
                cellProblems.AddRange(rejection.All.Where(problem => sourceId is not null || problem.Field != "sourceId")
                    .Select(problem => ImportProblem.InCell(row.Number, Column(problem.Field), problem.Reason)));
            if (cellProblems.Count > 0)
            {
                refusals.AddRange(cellProblems);
                continue;
            }
            draft.State = decision.Events.Aggregate(draft.State, IncidentDecider.Evolve);
            draft.Events.AddRange(EvidenceEvents.ToAppend(decision.Events));
            draft.Rows++;
            decided.Add((row, command, draft.Version + draft.Events.Count));
        }
        if (refusals.Count > 0) return new ImportOutcome.Refused([.. refusals.OrderBy(problem => problem.Row)]);
        if (dryRun) return new ImportOutcome.Checked(decided.Count);

        var appends = drafts.Select(each => new ImportAppend(EvidenceStreams.Incident(each.Key), ExpectedVersion.Exactly(each.Value.Version), each.Value.Events,
            each.Value.Rows));
        if (await AllOrNothing.AppendAsync(store, [.. appends], actor, FreeText.CleanOrNull(reason), progress, ct) is { } lost) return lost;
        var imported = decided.Select(done => new ImportedClaim(done.Row.Number, done.Command.IncidentId, done.Command.ClaimId,
            FreeText.Clean(done.Command.Statement), done.Version)).ToList();
        return new ImportOutcome.Imported(imported.Count, Claims: imported);
    }

    /// <summary>The CSV column a field of <see cref="RecordClaim"/> came from.</summary>
    private static string Column(string field) => field switch
    {
        "incidentId" => "incident",
        _ when field.StartsWith("count", StringComparison.Ordinal) => "count",
        _ => field,
    };

    /// <summary>One incident as the file's rows leave it: its state after them, the version it was read at, and their events.</summary>
    private sealed class Draft(IncidentState state, long version)
    {
        public IncidentState State { get; set; } = state;

        public long Version { get; } = version;

        public List<EventToAppend> Events { get; } = [];

        public int Rows { get; set; }
    }

    /// <summary>What a cell may name a thing by: its id, or its name (and aliases), ignoring case and spacing.</summary>
    private sealed class Names
    {
        private readonly HashSet<Guid> _ids = [];
        private readonly Dictionary<string, List<Guid>> _byName = [];
        private readonly string _what;
        private readonly string _nameWord;

        public Names(IEnumerable<(Guid Id, string Name, IEnumerable<string> Aliases)> known, string what, string nameWord)
        {
            _what = what;
            _nameWord = nameWord;
            foreach (var (id, name, aliases) in known)
            {
                _ids.Add(id);
                foreach (var key in aliases.Prepend(name).Select(Key).Distinct())
                {
                    if (!_byName.TryGetValue(key, out var ids)) _byName[key] = ids = [];
                    ids.Add(id);
                }
            }
        }

        public (Guid? Id, string? Error) Resolve(string? cell)
        {
            if (cell is null || FreeText.IsBlank(cell)) return (null, $"Name the {_what}: its id or its {_nameWord}.");
            if (Guid.TryParse(cell.Trim(), out var id))
                return _ids.Contains(id) ? (id, null) : (null, $"No {_what} has the id '{id:D}'.");
            return _byName.GetValueOrDefault(Key(cell)) switch
            {
                [var only] => (only, null),
                null => (null, $"No {_what} has the {_nameWord} '{FreeText.Clean(cell)}'; give its id, or record it first."),
                var several => (null, $"{several.Count} {_what}s have the {_nameWord} '{FreeText.Clean(cell)}'; give the id of the one meant: {string.Join(", ", several.Select(each => each.ToString("D")))}."),
            };
        }

        private static string Key(string name) => FreeText.Clean(name).ToUpperInvariant();
    }
}
