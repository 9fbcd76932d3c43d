namespace EvidenceLedger.Server.Tests.Integrity;

internal sealed record ReportBody(bool Ok, long EventsChecked, long LeavesChecked, long CheckpointsChecked, long? SavedCheckpointSize, long ProblemCount, List<ProblemBody> Problems)
{
    public static System.Text.Json.JsonSerializerOptions Json { get; } = new(System.Text.Json.JsonSerializerDefaults.Web);
}

internal sealed record ProblemBody(string Kind, string Message, long? Position, string? StreamId, long? Version, long? LeafIndex, long? CheckpointSize);
