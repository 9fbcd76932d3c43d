using EvidenceLedger.EventStore.Appending;

namespace EvidenceLedger.Server.Evidence.Importing;

/// <summary>What became of an import: every row recorded, every row checked (a dry run), or nothing appended.</summary>
public abstract record ImportOutcome
{
    private ImportOutcome()
    {
    }

    /// <summary>Every row was recorded, in one transaction: incidents, sources or claims, whichever the file held.</summary>
    public sealed record Imported(int Count, IReadOnlyList<ImportedIncident>? Incidents = null, IReadOnlyList<ImportedSource>? Sources = null,
        IReadOnlyList<ImportedClaim>? Claims = null) : ImportOutcome;

    /// <summary>A dry run: every row would be recorded; nothing was appended.</summary>
    public sealed record Checked(int Rows) : ImportOutcome;

    /// <summary>The file or some rows are at fault (each problem named); nothing was appended.</summary>
    public sealed record Refused(IReadOnlyList<ImportProblem> Problems) : ImportOutcome;

    /// <summary>A stream changed (or an id was taken) between deciding and appending; nothing was appended.</summary>
    public sealed record LostRace(ConcurrencyException Conflict) : ImportOutcome;
}

/// <summary>One incident an import recorded: the row it came from, its id, its stream's version and its event's ledger position.</summary>
public sealed record ImportedIncident(int Row, Guid Id, string Title, long Version, long Position);

/// <summary>One source an import registered: the row it came from, its id, its stream's version and its last event's ledger position.</summary>
public sealed record ImportedSource(int Row, Guid Id, string Name, long Version, long Position);

/// <summary>One claim an import recorded: the row it came from, its incident, its id, and the incident's version once the claim was recorded.</summary>
public sealed record ImportedClaim(int Row, Guid IncidentId, Guid Id, string Statement, long Version);
