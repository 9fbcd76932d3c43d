namespace EvidenceLedger.Integrity.Tests.Support;

/// <summary>FsCheck properties are synchronous; the in-memory store always completes at once.</summary>
internal static class Sync
{
    public static T Await<T>(ValueTask<T> task) =>
        task.IsCompletedSuccessfully ? task.Result : throw new InvalidOperationException("Expected a synchronously completed operation.");
}
