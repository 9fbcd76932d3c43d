using Npgsql;

namespace EvidenceLedger.EventStore.Projections;

/// <summary>Where a projection writes: the transaction it shares with its checkpoint (or the append) and its schema.</summary>
public sealed record ProjectionContext(NpgsqlConnection Connection, NpgsqlTransaction Transaction, string Schema)
{
    public NpgsqlCommand Command(string sql) => new(sql, Connection, Transaction);

    /// <summary>A table of this projection, schema-qualified and quoted.</summary>
    public string Table(string name) => $"\"{Schema}\".\"{name}\"";
}
