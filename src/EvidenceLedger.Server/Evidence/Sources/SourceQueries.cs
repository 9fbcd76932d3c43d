using System.Text.Json;
using EvidenceLedger.EventStore;
using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.Evidence.Serialization;
using EvidenceLedger.Evidence.Sources;
using EvidenceLedger.Evidence.Sources.Viewing;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Evidence.Replaying;
using EvidenceLedger.Server.Evidence.Sources.ProtectingIdentity;
using Npgsql;

namespace EvidenceLedger.Server.Evidence.Sources;

/// <summary>
/// Reads sources. With <see cref="ReadLimit.None"/> they come from the inline projection; with any other limit the
/// events up to it are replayed through the domain's <see cref="SourceViewBuilder"/>, so a point-in-time read shows
/// exactly what the ledger held then.
/// </summary>
public sealed class SourceQueries(LedgerEventStore store, EvidenceHistory history, SourceKeyVault vault, ReplayLimiter replays)
{
    /// <summary>The source as of <paramref name="limit"/>, or null if it was not registered (then).</summary>
    public async Task<SourceDocument?> GetAsync(Guid sourceId, ReadLimit limit, CancellationToken ct = default)
    {
        if (limit is ReadLimit.Unlimited)
        {
            var current = await ViewsAsync([sourceId], limit, ct);
            return current.TryGetValue(sourceId, out var view) ? SourceDocument.From(view) : null;
        }
        return await ReplayAsync(sourceId, limit, ct) is { } replayed ? SourceDocument.From(replayed) : null;
    }

    /// <summary>Whether any source is marked as the same as <paramref name="sourceId"/> now.</summary>
    public async Task<bool> AnyMarkedAsAsync(Guid sourceId, CancellationToken ct = default)
    {
        await using var marked = store.DataSource.CreateCommand($"SELECT EXISTS (SELECT 1 FROM {SourcesProjection.Table} WHERE view->>'sameAsSourceId' = $1)");
        marked.Parameters.Add(new NpgsqlParameter { Value = sourceId.ToString("D") });
        return (bool)(await marked.ExecuteScalarAsync(ct))!;
    }

    /// <summary>
    /// The decrypted protected identity as of <paramref name="limit"/>: null when there is none, or when its key has been
    /// destroyed (shredded), whatever the limit. Callers must only show it to admins.
    /// </summary>
    public async Task<ProtectedIdentityDetails?> RevealIdentityAsync(Guid sourceId, ReadLimit limit, CancellationToken ct = default)
    {
        var (state, _) = await history.SourceStateAsync(sourceId, limit, ct);
        if (state.Identity is not { } identity) return null;
        var key = await vault.FindAsync(identity.KeyId, ct);
        return key is null ? null : IdentityCipher.Decrypt(key, sourceId, identity.KeyId, identity.Ciphertext);
    }

    /// <summary>The sources matching <paramref name="filter"/> as of <paramref name="limit"/>, in the order they were registered.</summary>
    public async Task<IReadOnlyList<SourceDocument>> ListAsync(SourceFilter filter, ReadLimit limit, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (limit is ReadLimit.Unlimited or ReadLimit.UpToVersion) return await ListCurrentAsync(filter, ct);

        var replayed = await ReplayAllAsync(limit, ct);
        return replayed.Where(filter.Matches).Select(SourceDocument.From).ToList();
    }

    /// <summary>The current sources marked as the same as <paramref name="sourceId"/>, in registration order.</summary>
    public async Task<IReadOnlyList<SourceDocument>> MarkedSameAsAsync(Guid sourceId, CancellationToken ct = default)
    {
        await using var command = store.DataSource.CreateCommand(
            $"SELECT view::text FROM {SourcesProjection.Table} WHERE view->>'sameAsSourceId' = $1 ORDER BY registered_position");
        command.Parameters.Add(new NpgsqlParameter { Value = sourceId.ToString("D") });
        var marked = new List<SourceDocument>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            marked.Add(SourceDocument.From(JsonSerializer.Deserialize<SourceView>(reader.GetString(0), EvidenceEvents.ViewJson)!));
        return marked;
    }

    /// <summary>The source's events up to <paramref name="limit"/> with their hashes, or null if it has none.</summary>
    public Task<StreamHistory?> HistoryAsync(Guid sourceId, ReadLimit limit, CancellationToken ct = default) =>
        StreamHistory.ReadAsync(store, EvidenceStreams.Source(sourceId), limit, ct);

    /// <summary>
    /// The views of these sources as of <paramref name="limit"/> (current for <see cref="ReadLimit.None"/> and for a stream
    /// version, which means nothing across streams); sources not registered then are missing from the result.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, SourceView>> ViewsAsync(IEnumerable<Guid> sourceIds, ReadLimit limit, CancellationToken ct = default)
    {
        var ids = sourceIds.Distinct().ToArray();
        if (ids.Length == 0) return new Dictionary<Guid, SourceView>();

        if (limit is ReadLimit.Unlimited or ReadLimit.UpToVersion) return await CurrentViewsAsync(ids, connection: null, ct);

        var views = new Dictionary<Guid, SourceView>();
        foreach (var id in ids)
        {
            if (await ReplayAsync(id, limit, ct) is { } view) views[id] = view;
        }
        return views;
    }

    /// <summary>
    /// The views of these sources as their inline projection holds them, read on <paramref name="connection"/> (so inside
    /// the snapshot of the transaction open there) when one is given; sources not registered are missing from the result.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, SourceView>> CurrentViewsAsync(IEnumerable<Guid> sourceIds, NpgsqlConnection? connection,
        CancellationToken ct = default)
    {
        var ids = sourceIds.Distinct().ToArray();
        var views = new Dictionary<Guid, SourceView>();
        if (ids.Length == 0) return views;

        await using var command = store.DataSource.CommandOn(connection, $"SELECT view::text FROM {SourcesProjection.Table} WHERE source_id = ANY($1)");
        command.Parameters.Add(new NpgsqlParameter { Value = ids });
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var view = JsonSerializer.Deserialize<SourceView>(reader.GetString(0), EvidenceEvents.ViewJson)!;
            views[view.SourceId] = view;
        }
        return views;
    }

    private async Task<SourceView?> ReplayAsync(Guid sourceId, ReadLimit limit, CancellationToken ct) =>
        SourceViewBuilder.Build(await history.SourceAsync(sourceId, limit, ct));

    /// <summary>Every source as of <paramref name="limit"/>, replayed from the whole log, in registration order.</summary>
    internal async Task<IReadOnlyList<SourceView>> ReplayAllAsync(ReadLimit limit, CancellationToken ct)
    {
        using var permit = replays.Enter();
        var views = new Dictionary<Guid, SourceView>();
        var order = new List<Guid>();
        await foreach (var (@event, envelope) in history.AllSourcesAsync(limit, ct))
        {
            var existing = views.GetValueOrDefault(@event.SourceId);
            if (existing is null) order.Add(@event.SourceId);
            views[@event.SourceId] = SourceViewBuilder.Apply(existing, @event, envelope);
        }
        return order.Select(id => views[id]).ToList();
    }

    private async Task<IReadOnlyList<SourceDocument>> ListCurrentAsync(SourceFilter filter, CancellationToken ct)
    {
        await using var command = store.DataSource.CreateCommand();
        var conditions = new List<string>();
        foreach (var term in filter.Terms)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = term });
            conditions.Add($"strpos(search_text, ${command.Parameters.Count}) > 0");
        }
        if (filter.Kind is { } kind)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = SnakeCaseName.Of(kind) });
            conditions.Add($"view->>'kind' = ${command.Parameters.Count}");
        }
        var where = conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", conditions);
        command.CommandText = $"SELECT view::text FROM {SourcesProjection.Table}{where} ORDER BY registered_position";
        var sources = new List<SourceDocument>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            sources.Add(SourceDocument.From(JsonSerializer.Deserialize<SourceView>(reader.GetString(0), EvidenceEvents.ViewJson)!));
        return sources;
    }
}
