using System.Globalization;
using EvidenceLedger.Integrity.Verification;

namespace EvidenceLedger.Server.Integrity.Verifying;

/// <summary>The verify command's human-readable output: every problem with where it is, then a summary.</summary>
public static class VerificationReportPrinter
{
    public static void Print(VerificationReport report, TextWriter output)
    {
        foreach (var problem in report.Problems)
        {
            output.WriteLine($"PROBLEM {Kind(problem.Kind)}{Where(problem)}: {problem.Message}");
        }

        if (report.ProblemCount > report.Problems.Count)
        {
            output.WriteLine($"... and {report.ProblemCount - report.Problems.Count} more problem(s).");
        }

        output.WriteLine();
        output.WriteLine($"log origin:      {report.Origin ?? "(no verifier key)"}");
        output.WriteLine($"events checked:  {N(report.EventsChecked)} in {N(report.StreamsChecked)} stream(s) ({report.EventsPerSecond.ToString("N0", CultureInfo.InvariantCulture)} events/s)");
        output.WriteLine($"merkle tree:     {N(report.LeavesChecked)} leaves, {N(report.NodesChecked)} nodes rebuilt and compared; {N(report.EventsNotYetInTree)} newer event(s) not yet in the tree");
        output.WriteLine($"checkpoints:     {N(report.CheckpointsChecked)} checked, latest of {(report.LatestCheckpointSize is { } latest ? N(latest) : "-")} leaves");
        if (report.SavedCheckpointSize is { } saved) output.WriteLine($"your checkpoint: {N(saved)} leaves");
        output.WriteLine(report.Ok
            ? "VERIFIED: every event, stream chain, tree node and checkpoint holds."
            : $"FAILED: {N(report.ProblemCount)} problem(s) found.");
    }

    private static string Kind(VerificationProblemKind kind) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(kind.ToString());

    private static string Where(VerificationProblem p)
    {
        var parts = new List<string>();
        if (p.Position is { } position) parts.Add($"position {position}");
        if (p.StreamId is { } stream) parts.Add($"stream '{stream}'");
        if (p.Version is { } version) parts.Add($"version {version}");
        if (p.LeafIndex is { } leaf) parts.Add($"leaf {leaf}");
        if (p.CheckpointSize is { } size) parts.Add($"checkpoint {size}");
        return parts.Count == 0 ? "" : $" [{string.Join(", ", parts)}]";
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
