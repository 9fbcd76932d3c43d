using EvidenceLedger.Evidence.Sources.Viewing;

namespace EvidenceLedger.Server.Evidence.Sources;

/// <summary>A source as Marten stores it (<see cref="SourcesProjection"/>): its current view, with its name and aliases for searching.</summary>
public sealed class SourceListing
{
    /// <summary>The source's stream key, <c>source-{id}</c>.</summary>
    public string Id { get; set; } = string.Empty;

    public Guid SourceId { get; set; }

    public long Version { get; set; }

    public string SearchText { get; set; } = string.Empty;

    public SourceView View { get; set; } = null!;
}
