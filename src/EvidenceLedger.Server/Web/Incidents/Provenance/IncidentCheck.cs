using EvidenceLedger.Integrity.Verification;
using EvidenceLedger.Server.Integrity.Verifying;

namespace EvidenceLedger.Server.Web.Incidents.Provenance;

/// <summary>
/// A verification of the whole ledger, as it bears on one incident: how many of the incident's events were in the
/// ledger when it ran (every one of them was checked), and the problems it found in the incident's stream.
/// </summary>
public sealed record IncidentCheck(VerificationRun Run, int EventsCovered, IReadOnlyList<VerificationProblem> Problems)
{
    /// <summary>The finished runs that started after the incident was recorded (and, as of a past instant, by then), newest first.</summary>
    public static IReadOnlyList<IncidentCheck> Of(IEnumerable<VerificationRun> runs, Evidence.Common.StreamHistory history, NodaTime.Instant? asOf)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (history.Events.Count == 0) return [];
        var recorded = history.Events[0].RecordedAt;
        return runs
            .Where(run => run is { IsFinished: true, Report: not null } && run.StartedAt >= recorded && (asOf is not { } at || run.StartedAt <= at))
            .OrderByDescending(run => run.StartedAt)
            .Select(run => new IncidentCheck(
                run,
                history.Events.Count(e => e.RecordedAt <= run.StartedAt),
                run.Report!.Problems.Where(problem => problem.StreamId == history.StreamId).ToList()))
            .ToList();
    }
}
