using Marten;

namespace EvidenceLedger.Server.Projections;

/// <summary>
/// A read model Marten projects inline into documents (users, sources, incidents, exports), rebuilt by
/// <c>rebuild [NAME]</c> and at start-up when its definition changed. <paramref name="Version"/> is raised by hand
/// whenever what the projection makes of the events changes; a change of its table is noticed without it.
/// </summary>
/// <param name="StreamPrefix">The streams it projects: those whose key starts with it.</param>
/// <param name="AggregateAndStore">Folds one stream through the projection and stores its documents on the session.</param>
public sealed record DocumentProjection(string Name, int Version, Type DocumentType, string StreamPrefix,
    Func<IDocumentSession, string, CancellationToken, Task> AggregateAndStore)
{
    /// <summary>A projection of one document per stream, folded by Marten's live aggregation.</summary>
    public static DocumentProjection For<TDocument>(string name, int version, string streamPrefix) where TDocument : class =>
        new(name, version, typeof(TDocument), streamPrefix, async (session, streamKey, ct) =>
        {
            if (await session.Events.AggregateStreamAsync<TDocument>(streamKey, token: ct) is { } document) session.Store(document);
        });
}
