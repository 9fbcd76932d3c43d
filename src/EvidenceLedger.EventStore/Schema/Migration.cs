namespace EvidenceLedger.EventStore.Schema;

/// <summary>One versioned .sql file, embedded in the assembly that owns the tables it creates.</summary>
public sealed record Migration(int Version, string Name, string Sql);
