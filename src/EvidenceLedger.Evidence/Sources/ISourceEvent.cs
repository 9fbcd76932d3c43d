namespace EvidenceLedger.Evidence.Sources;

/// <summary>Something that happened to one source; together these make up the source's own stream.</summary>
public interface ISourceEvent
{
    Guid SourceId { get; }
}
