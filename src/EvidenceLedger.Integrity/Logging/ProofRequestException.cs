namespace EvidenceLedger.Integrity.Logging;

/// <summary>A proof was asked for with a parameter the log cannot answer (out of range, beyond the tree); names the parameter.</summary>
public sealed class ProofRequestException(string parameter, string message) : Exception(message)
{
    public string Parameter { get; } = parameter;
}
