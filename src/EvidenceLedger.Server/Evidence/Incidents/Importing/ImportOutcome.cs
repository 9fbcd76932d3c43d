using EvidenceLedger.EventStore.Appending;

namespace EvidenceLedger.Server.Evidence.Incidents.Importing;

/// <summary>What became of an import: every row recorded, every row checked (a dry run), or nothing appended.</summary>
public abstract record ImportOutcome
{
    private ImportOutcome()
    {
    }

    /// <summary>Every row was recorded, in one transaction.</summary>
    public sealed record Imported(IReadOnlyList<ImportedIncident> Incidents) : ImportOutcome;

    /// <summary>A dry run: every row would be recorded; nothing was appended.</summary>
    public sealed record Checked(int Rows) : ImportOutcome;

    /// <summary>The file or some rows are at fault (each problem named); nothing was appended.</summary>
    public sealed record Refused(IReadOnlyList<ImportProblem> Problems) : ImportOutcome;

    /// <summary>An incident id was taken between deciding and appending; nothing was appended.</summary>
    public sealed record LostRace(ConcurrencyException Conflict) : ImportOutcome;
}

/// <summary>One incident an import recorded: the row it came from, its id, its stream's version and its event's ledger position.</summary>
public sealed record ImportedIncident(int Row, Guid Id, string Title, long Version, long Position);
