namespace EvidenceLedger.Server.Tests.Integrity;

internal sealed record ReportBody(bool Ok, long EventsChecked, long LeavesChecked, long CheckpointsChecked, long? SavedCheckpointSize, long ProblemCount, List<ProblemBody> Problems);

internal sealed record ProblemBody(string Kind, string Message, long? Position, string? StreamId, long? Version, long? LeafIndex, long? CheckpointSize);
