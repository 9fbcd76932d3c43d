using EvidenceLedger.Server.Evidence.Replaying;
using System.Text.Json;
using EvidenceLedger.EventStore;
using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.Evidence.Claims.Viewing;
using EvidenceLedger.Evidence.Incidents;
using EvidenceLedger.Evidence.Incidents.Viewing;
using EvidenceLedger.Evidence.Serialization;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Evidence.Incidents.Searching;
using EvidenceLedger.Server.Evidence.Sources;
using Npgsql;
using NpgsqlTypes;

namespace EvidenceLedger.Server.Evidence.Incidents;

/// <summary>
/// Reads incidents. With <see cref="ReadLimit.None"/> they come from the inline projection. With an instant
/// (<see cref="ReadLimit.AsOf"/>) or a ledger position (<see cref="ReadLimit.AtPosition"/>) the events up to it are
/// replayed through the domain's view builders — incidents and the sources their claims cite alike — so the result is
/// exactly what the ledger held then, not today's state filtered.
/// </summary>
public sealed class IncidentQueries(LedgerEventStore store, EvidenceHistory history, SourceQueries sources, ReplayLimiter replays)
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 1000;

    /// <summary>The incident as of <paramref name="limit"/>, or null if it was not recorded (then).</summary>
    public async Task<IncidentDocument?> GetAsync(Guid incidentId, ReadLimit limit, CancellationToken ct = default)
    {
        var view = await ViewAsync(incidentId, limit, ct);
        if (view is null) return null;
        return IncidentDocument.From(view, await sources.ViewsAsync(view.Claims.SelectMany(NamedSourceIds), limit, ct));
    }

    /// <summary>
    /// The incident as its inline projection holds it, with the sources it names, read on <paramref name="connection"/>: so
    /// all of it from the one snapshot of the transaction open there. Null if it was not recorded.
    /// </summary>
    public async Task<IncidentDocument?> GetCurrentAsync(NpgsqlConnection connection, Guid incidentId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var view = await CurrentAsync(incidentId, connection, ct);
        if (view is null) return null;
        return IncidentDocument.From(view, await sources.CurrentViewsAsync(view.Claims.SelectMany(NamedSourceIds), connection, ct));
    }

    /// <summary>
    /// The incident as of <paramref name="limit"/> with every source it names — its claims' and their verification steps' —
    /// as registered then, each read once; null if the incident was not recorded (then).
    /// </summary>
    public async Task<IncidentWithSources?> GetWithSourcesAsync(Guid incidentId, ReadLimit limit, CancellationToken ct = default)
    {
        var view = await ViewAsync(incidentId, limit, ct);
        if (view is null) return null;
        var named = await sources.ViewsAsync(view.Claims.SelectMany(NamedSourceIds), limit, ct);
        return new IncidentWithSources(IncidentDocument.From(view, named), named.Values.Select(SourceDocument.From).ToList());
    }

    /// <summary>The incident as the domain's view as of <paramref name="limit"/>, without its sources; null if it was not recorded (then).</summary>
    public async Task<IncidentView?> ViewAsync(Guid incidentId, ReadLimit limit, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(limit);
        return limit is ReadLimit.Unlimited ? await CurrentAsync(incidentId, connection: null, ct) : await ReplayAsync(incidentId, limit, ct);
    }

    /// <summary>The current titles of these incidents; one not recorded is missing from the result.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> TitlesAsync(IEnumerable<Guid> incidentIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(incidentIds);
        var ids = incidentIds.Distinct().ToArray();
        var titles = new Dictionary<Guid, string>();
        if (ids.Length == 0) return titles;

        await using var command = store.DataSource.CreateCommand($"SELECT incident_id, view->>'title' FROM {IncidentsProjection.Table} WHERE incident_id = ANY($1)");
        command.Parameters.Add(new NpgsqlParameter { Value = ids });
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            titles[reader.GetGuid(0)] = reader.GetString(1);
        return titles;
    }

    /// <summary>
    /// The incidents matching <paramref name="filter"/> as of <paramref name="limit"/>, newest recorded first,
    /// <paramref name="pageSize"/> (1–1000) of them from <paramref name="offset"/>.
    /// </summary>
    /// <summary>Every incident matching <paramref name="filter"/>, newest recorded first, a page at a time from the store.</summary>
    public async Task<IReadOnlyList<IncidentSummary>> AllMatchingAsync(IncidentFilter filter, ReadLimit limit, CancellationToken ct = default)
    {
        var all = new List<IncidentSummary>();
        while (true)
        {
            var page = await SearchAsync(filter, limit, all.Count, MaxPageSize, ct);
            all.AddRange(page.Items);
            if (page.Items.Count < MaxPageSize || all.Count >= page.Total) return all;
        }
    }

    public async Task<IncidentSearchResult> SearchAsync(IncidentFilter filter, ReadLimit limit, int offset = 0, int pageSize = DefaultPageSize, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(limit);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, MaxPageSize);
        if (limit is ReadLimit.UpToVersion)
            throw new ArgumentException("A stream version means nothing across incidents; search as of an instant or a position.", nameof(limit));

        if (limit is ReadLimit.Unlimited) return await SearchCurrentAsync(filter, offset, pageSize, ct);

        var matching = IncidentSorting.Order((await ReplayAllAsync(limit, ct)).Where(filter.Matches), filter.Sort).ToList();
        return new IncidentSearchResult(matching.Skip(offset).Take(pageSize).Select(view => IncidentSummary.From(view, filter)).ToList(), matching.Count, offset, pageSize);
    }

    /// <summary>The incident's provenance: every event up to <paramref name="limit"/>, in order, with its hash; null if there is none.</summary>
    public Task<StreamHistory?> HistoryAsync(Guid incidentId, ReadLimit limit, CancellationToken ct = default) =>
        StreamHistory.ReadAsync(store, EvidenceStreams.Incident(incidentId), limit, ct);

    private async Task<IncidentView?> CurrentAsync(Guid incidentId, NpgsqlConnection? connection, CancellationToken ct)
    {
        await using var command = store.DataSource.CommandOn(connection, $"SELECT view::text FROM {IncidentsProjection.Table} WHERE incident_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = incidentId });
        return await command.ExecuteScalarAsync(ct) is string json ? JsonSerializer.Deserialize<IncidentView>(json, EvidenceEvents.ViewJson) : null;
    }

    private async Task<IncidentView?> ReplayAsync(Guid incidentId, ReadLimit limit, CancellationToken ct) =>
        IncidentViewBuilder.Build(await history.IncidentAsync(incidentId, limit, ct));

    /// <summary>Every incident as of <paramref name="limit"/>, replayed from the log, newest recorded first.</summary>
    private async Task<List<IncidentView>> ReplayAllAsync(ReadLimit limit, CancellationToken ct)
    {
        using var permit = replays.Enter();
        var views = new Dictionary<Guid, IncidentView>();
        var order = new List<Guid>();
        await foreach (var (@event, envelope) in history.AllIncidentsAsync(limit, ct))
        {
            var existing = views.GetValueOrDefault(@event.IncidentId);
            if (existing is null) order.Add(@event.IncidentId);
            views[@event.IncidentId] = IncidentViewBuilder.Apply(existing, @event, envelope);
        }
        order.Reverse();
        return order.Select(id => views[id]).ToList();
    }

    private async Task<IncidentSearchResult> SearchCurrentAsync(IncidentFilter filter, int offset, int pageSize, CancellationToken ct)
    {
        var parameters = new List<NpgsqlParameter>();
        string Parameter(object value, NpgsqlDbType? type = null)
        {
            var parameter = new NpgsqlParameter { Value = value };
            if (type is { } t) parameter.NpgsqlDbType = t;
            parameters.Add(parameter);
            return "$" + parameters.Count;
        }

        var conditions = new List<string>();
        foreach (var term in filter.Terms) conditions.Add($"strpos(search_text, {Parameter(term)}) > 0");
        if (filter.PlaceKey is { } placeKey) conditions.Add(placeKey.Length == 0 ? "false" : $"{Parameter(placeKey)} = ANY (place_keys)");
        if (filter.OccurredFrom is { } from) conditions.Add($"(occurred_latest IS NULL OR occurred_latest >= {Parameter(from.ToDateOnly(), NpgsqlDbType.Date)})");
        if (filter.OccurredTo is { } to) conditions.Add($"(occurred_earliest IS NULL OR occurred_earliest <= {Parameter(to.ToDateOnly(), NpgsqlDbType.Date)})");
        if (filter.Status is { } status) conditions.Add($"{Parameter(SnakeCaseName.Of(status))} = ANY (claim_statuses)");
        var where = conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", conditions);

        // One snapshot for the page and the total, so they agree.
        await using var connection = await store.DataSource.OpenConnectionAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        long total;
        await using (var count = new NpgsqlCommand($"SELECT count(*) FROM {IncidentsProjection.Table}{where}", connection, tx))
        {
            count.Parameters.AddRange(parameters.Select(p => p.Clone()).ToArray());
            total = (long)(await count.ExecuteScalarAsync(ct))!;
        }

        var items = new List<IncidentSummary>();
        if (total > offset)
        {
            var page = $"SELECT view::text FROM {IncidentsProjection.Table}{where} ORDER BY {IncidentSorting.Sql(filter.Sort)} OFFSET {Parameter(offset)} LIMIT {Parameter(pageSize)}";
            await using var select = new NpgsqlCommand(page, connection, tx);
            select.Parameters.AddRange(parameters.ToArray());
            await using var reader = await select.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                items.Add(IncidentSummary.From(JsonSerializer.Deserialize<IncidentView>(reader.GetString(0), EvidenceEvents.ViewJson)!, filter));
        }
        return new IncidentSearchResult(items, (int)total, offset, pageSize);
    }

    private static IEnumerable<Guid> NamedSourceIds(ClaimView claim) =>
        claim.VerificationSteps.Where(step => step.SourceId is not null).Select(step => step.SourceId!.Value).Prepend(claim.SourceId);
}
