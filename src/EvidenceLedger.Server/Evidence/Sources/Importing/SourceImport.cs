using EvidenceLedger.EventStore;
using EvidenceLedger.EventStore.Appending;
using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.Evidence.Grading;
using EvidenceLedger.Evidence.Sources;
using EvidenceLedger.Evidence.Sources.Registering;
using EvidenceLedger.Evidence.Texts;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Evidence.Http;
using EvidenceLedger.Server.Evidence.Importing;

namespace EvidenceLedger.Server.Evidence.Sources.Importing;

/// <summary>
/// Registers one source per CSV row (columns <see cref="Columns"/>), all or nothing: every row is decided first (the
/// same pure decision as <c>POST /api/sources</c>), and only when none is refused are all appended, each to its own
/// new stream, in one database transaction. Protected identities are never imported: a spreadsheet of real names is
/// exactly what the ledger keeps out of files; attach them one by one as an admin.
/// </summary>
public sealed class SourceImport(LedgerEventStore store, SourceQueries sources)
{
    public static readonly IReadOnlyList<string> Columns = ["name", "kind", "reliability", "aliases"];

    private static readonly CsvImportTable Table = new(Columns, ["name", "kind", "reliability"], ["id", "reliabilityCode", "identityStatus", "registeredBy", "registeredAt", "version"]);

    public async Task<ImportOutcome> ImportAsync(byte[] csv, string actor, string? reason, bool dryRun, IProgress<ImportProgress>? progress = null,
        CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var (rows, problems) = Table.Read(csv);
        var refusals = new List<ImportProblem>(problems);
        var unreadable = problems.Select(problem => problem.Row).ToHashSet();

        // Two sources of the same name (ignoring case and spacing) could not be told apart in any list or picker.
        var known = (await sources.ListAsync(SourceFilter.All, ReadLimit.None, ct))
            .SelectMany(source => source.Aliases.Prepend(source.Name).Select(name => (Name: NameKey(name), Source: source)))
            .GroupBy(entry => entry.Name).ToDictionary(group => group.Key, group => group.First().Source);
        var inFile = new Dictionary<string, int>();

        var decided = new List<(CsvImportRow Row, RegisterSource Command, IReadOnlyList<EventToAppend> Events)>();
        foreach (var row in rows.Where(row => !unreadable.Contains(row.Number)))
        {
            var cellProblems = new List<ImportProblem>();
            var (kind, badKind) = RequestValues.EnumText<SourceKind>(row.Cell("kind"), "kind");
            if (badKind is not null) cellProblems.Add(ImportProblem.InCell(row.Number, "kind", badKind));
            var (reliability, badReliability) = RequestValues.ReliabilityText(row.Cell("reliability"));
            if (badReliability is not null) cellProblems.Add(ImportProblem.InCell(row.Number, "reliability", badReliability));

            var name = row.Cell("name") ?? "";
            var aliases = row.List("aliases");
            var names = aliases.Prepend(name).Select((given, index) => (Given: given, Column: index == 0 ? "name" : "aliases"));
            foreach (var (given, column) in names.Where(entry => !FreeText.IsBlank(entry.Given)))
            {
                var key = NameKey(given);
                if (known.TryGetValue(key, out var existing))
                    cellProblems.Add(ImportProblem.InCell(row.Number, column,
                        $"'{FreeText.Clean(given)}' is already a name of the registered source '{existing.Name}' ({existing.Id:D}); leave the row out, or name this source so the two can be told apart."));
                else if (inFile.TryGetValue(key, out var earlier) && earlier != row.Number)
                    cellProblems.Add(ImportProblem.InCell(row.Number, column, $"'{FreeText.Clean(given)}' is already a name of the source in row {earlier}."));
                else
                    inFile[key] = row.Number;
            }

            // A kind or grade at fault is named above; a stand-in lets the decision name every other field at fault too.
            var command = new RegisterSource(Guid.CreateVersion7(), name, kind ?? SourceKind.Organization, reliability ?? SourceReliability.UsuallyReliable);
            var (events, rejection) = SourceCommands.DecideRegistration(command, aliases);
            if (rejection is not null)
                cellProblems.AddRange(rejection.All.Select(problem => ImportProblem.InCell(row.Number, Column(problem.Field), problem.Reason)));
            if (cellProblems.Count > 0) refusals.AddRange(cellProblems);
            else decided.Add((row, command, EvidenceEvents.ToAppend(events)));
            progress?.Report(new ImportProgress(ImportStage.Checking, row.Number, rows.Count));
        }
        if (refusals.Count > 0) return new ImportOutcome.Refused([.. refusals.OrderBy(problem => problem.Row)]);
        if (dryRun) return new ImportOutcome.Checked(decided.Count);

        var imported = new List<ImportedSource>(decided.Count);
        var appends = decided.Select(each => new ImportAppend(EvidenceStreams.Source(each.Command.SourceId), ExpectedVersion.NoStream, each.Events, 1,
            appended => imported.Add(new ImportedSource(each.Row.Number, each.Command.SourceId, FreeText.Clean(each.Command.Name), appended.NextExpectedVersion, appended.LastPosition))));
        if (await AllOrNothing.AppendAsync(store, [.. appends], actor, FreeText.CleanOrNull(reason), progress, ct) is { } lost) return lost;
        return new ImportOutcome.Imported(imported.Count, Sources: imported);
    }

    private static string NameKey(string name) => FreeText.Clean(name).ToUpperInvariant();

    /// <summary>The CSV column a field of the registration came from.</summary>
    private static string Column(string field) => field.StartsWith("aliases", StringComparison.Ordinal) ? "aliases" : field;
}
