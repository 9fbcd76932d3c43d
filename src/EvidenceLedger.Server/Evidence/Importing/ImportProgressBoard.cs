using System.Collections.Concurrent;
using NodaTime;

namespace EvidenceLedger.Server.Evidence.Importing;

/// <summary>
/// Where each running import from the page stands, so the page can draw a progress bar while the file is checked and
/// recorded. Keyed by an id the page made up for the upload and by who uploaded it: nobody else can read it. An
/// entry is forgotten an hour after its last report.
/// </summary>
public sealed class ImportProgressBoard(IClock clock)
{
    private readonly IClock _clock = clock;

    private static readonly Duration KeptFor = Duration.FromHours(1);

    private readonly ConcurrentDictionary<(string Id, string Actor), (ImportProgress Progress, Instant At)> _entries = new();

    /// <summary>The progress an import with this id reports; null when the id is not one a page may use.</summary>
    public IProgress<ImportProgress>? Track(string? id, string actor)
    {
        if (!IsId(id)) return null;
        Forget();
        return new Tracker(this, (id!, actor));
    }

    public ImportProgress? Read(string? id, string actor) =>
        IsId(id) && _entries.TryGetValue((id!, actor), out var entry) ? entry.Progress : null;

    private void Forget()
    {
        var before = _clock.GetCurrentInstant() - KeptFor;
        foreach (var (key, entry) in _entries)
        {
            if (entry.At < before) _entries.TryRemove(key, out _);
        }
    }

    private static bool IsId(string? id) => Guid.TryParse(id, out _);

    private sealed class Tracker(ImportProgressBoard board, (string Id, string Actor) key) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => board._entries[key] = (value, board._clock.GetCurrentInstant());
    }
}
