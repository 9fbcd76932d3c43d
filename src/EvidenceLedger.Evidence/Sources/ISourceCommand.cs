namespace EvidenceLedger.Evidence.Sources;

/// <summary>A request to change one source, decided by <see cref="SourceDecider"/>.</summary>
public interface ISourceCommand
{
    Guid SourceId { get; }
}
