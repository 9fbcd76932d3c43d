namespace EvidenceLedger.EmbeddedPostgres;

/// <summary>The private cluster could not be found, created, started, attached to or stopped.</summary>
public sealed class EmbeddedPostgresException : Exception
{
    public EmbeddedPostgresException() { }

    public EmbeddedPostgresException(string message) : base(message) { }

    public EmbeddedPostgresException(string message, Exception innerException) : base(message, innerException) { }
}
