using JasperFx.Events.Projections;
using Marten;

namespace EvidenceLedger.Server.Projections;

/// <summary>
/// A read model Marten projects into documents, rebuilt by <c>rebuild [NAME]</c> and at start-up when its definition
/// changed. <paramref name="Version"/> is raised by hand whenever what the projection makes of the events changes; a
/// change of its table is noticed without it. Inline projections (users, sources, incidents, exports) are folded again
/// from their streams in one transaction; an async one (the activity) is emptied for the leader's daemon to replay.
/// </summary>
/// <param name="StreamPrefix">The streams an inline projection projects: those whose key starts with it.</param>
/// <param name="AggregateAndStore">Folds one stream through an inline projection and stores its documents on the session;
/// null for an async projection, which Marten's daemon folds.</param>
public sealed record DocumentProjection(string Name, int Version, Type DocumentType, string StreamPrefix,
    Func<IDocumentSession, string, CancellationToken, Task>? AggregateAndStore)
{
    public bool IsAsync => AggregateAndStore is null;

    public ProjectionLifecycle Lifecycle => IsAsync ? ProjectionLifecycle.Async : ProjectionLifecycle.Inline;

    /// <summary>An inline projection of one document per stream, folded by Marten's live aggregation.</summary>
    public static DocumentProjection For<TDocument>(string name, int version, string streamPrefix) where TDocument : class =>
        new(name, version, typeof(TDocument), streamPrefix, async (session, streamKey, ct) =>
        {
            if (await session.Events.AggregateStreamAsync<TDocument>(streamKey, token: ct) is { } document) session.Store(document);
        });

    /// <summary>A projection Marten's async daemon runs over the whole log.</summary>
    public static DocumentProjection Async<TDocument>(string name, int version) where TDocument : class =>
        new(name, version, typeof(TDocument), string.Empty, null);
}
