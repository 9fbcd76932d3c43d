using System.Text.Json;
using EvidenceLedger.EventStore;
using EvidenceLedger.Evidence.Sources.Viewing;
using EvidenceLedger.Evidence.Texts;
using EvidenceLedger.Server.Evidence.Common;

namespace EvidenceLedger.Server.Evidence.Sources.Similar;

/// <summary>The registered sources a new name likely duplicates (<see cref="LikelyDuplicates"/>), by their name or any alias.</summary>
public sealed class SimilarSources(LedgerEventStore store)
{
    /// <summary>The current sources whose name or an alias is likely <paramref name="name"/>, in registration order.</summary>
    public async Task<IReadOnlyList<SourceDocument>> ToAsync(string? name, IEnumerable<string>? aliases = null, CancellationToken ct = default)
    {
        var names = new[] { name }.Concat(aliases ?? []).Where(each => LikelyDuplicates.Key(each).Length > 0).ToList();
        if (names.Count == 0) return [];
        await using var command = store.DataSource.CreateCommand($"SELECT view::text FROM {SourcesProjection.Table} ORDER BY registered_position");
        var similar = new List<SourceDocument>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var view = JsonSerializer.Deserialize<SourceView>(reader.GetString(0), EvidenceEvents.ViewJson)!;
            var known = view.Aliases.Prepend(view.Name).ToList();
            if (names.Any(each => LikelyDuplicates.SimilarToAny(each, known))) similar.Add(SourceDocument.From(view));
        }
        return similar;
    }
}
