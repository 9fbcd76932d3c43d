using System.Collections.Concurrent;

namespace EvidenceLedger.Server.Health;

/// <summary>
/// What the started server still waits for before it serves for real (the demo data set loading, say). Live is not
/// ready: a load balancer or a script waits on <c>/health/ready</c>.
/// </summary>
public sealed class Readiness
{
    private readonly ConcurrentDictionary<Guid, string> _waitingFor = new();

    /// <summary>Not ready until the returned handle is disposed.</summary>
    public IDisposable WaitFor(string what)
    {
        var id = Guid.NewGuid();
        _waitingFor[id] = what;
        return new Wait(() => _waitingFor.TryRemove(id, out _));
    }

    public IReadOnlyList<string> WaitingFor => [.. _waitingFor.Values.Order(StringComparer.Ordinal)];

    private sealed class Wait(Action release) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) release();
        }
    }
}
