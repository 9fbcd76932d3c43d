using System.Text.Json;
using EvidenceLedger.EventStore.Events;
using JasperFx;
using JasperFx.Events;
using Marten;
using Marten.Events;
using NodaTime;
using Npgsql;
using Weasel.Core;

namespace EvidenceLedger.EventStore.MartenStorage;

/// <summary>
/// How the ledger configures Marten's event store: events in schema <c>ledger</c> under string stream keys, quick append
/// with the ledger's clock, every metadata column, a unique event id (so a retry can be recognised), bigint versions.
/// Schema objects are created by the owner role at migration (<see cref="Schema.SchemaMigrator"/>), never by the server.
/// </summary>
public static class LedgerMarten
{
    public const string Schema = "ledger";

    /// <param name="eventTypes">The event types Marten reads back typed, each under its stored name; none for a store
    /// that only appends (the carrier <see cref="StoredJson"/> needs no mapping).</param>
    /// <param name="documents">The read models Marten projects and stores for the host (its documents, their indexes and
    /// projections): the same for the owner that makes their tables and for the server that writes them.</param>
    public static void Configure(StoreOptions options, TimeProvider time, AutoCreate autoCreate, EventTypeRegistry? eventTypes = null,
        Action<StoreOptions>? documents = null)
    {
        options.DatabaseSchemaName = Schema;
        options.Events.DatabaseSchemaName = Schema;
        options.Events.StreamIdentity = StreamIdentity.AsString;
        options.Events.AppendMode = EventAppendMode.QuickWithServerTimestamps;
        options.Events.TimeProvider = time;
        options.Events.MetadataConfig.HeadersEnabled = true;
        options.Events.MetadataConfig.CausationIdEnabled = true;
        options.Events.MetadataConfig.CorrelationIdEnabled = true;
        options.Events.MetadataConfig.UserNameEnabled = true;
        options.Events.EnableUniqueIndexOnEventId = true;
        options.Events.EnableBigIntEvents = true;
        // The options the ledger serializes its events with (EventSerializer), so Marten reads back what the ledger wrote.
        options.UseSystemTextJsonForSerialization(new JsonSerializerOptions(EventSerializer.DefaultOptions), EnumStorage.AsInteger, Casing.CamelCase);
        // Every event reaches Marten as already-serialized JSON under its stored name; registering the carrier also
        // makes Marten build its event tables.
        options.Events.AddEventType<StoredJson>();
        // Read back, each stored name is the domain's own type: Marten's stream fetches and event queries are typed.
        foreach (var (name, type) in eventTypes?.Types ?? []) options.Events.MapEventType(type, name);
        documents?.Invoke(options);
        options.AutoCreateSchemaObjects = autoCreate;
    }

    /// <summary>
    /// Marten as the ledger appends through it: on the ledger's data source (which the caller owns) and clock; it never
    /// changes the schema. The server registers it this way in its container; <see cref="ForAppending"/> builds one alone.
    /// </summary>
    public static void ConfigureForAppending(StoreOptions options, NpgsqlDataSource dataSource, IClock clock, EventTypeRegistry? eventTypes = null,
        Action<StoreOptions>? documents = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Connection(dataSource);
        Configure(options, new ClockTimeProvider(clock), AutoCreate.None, eventTypes, documents);
    }

    /// <summary>The store the ledger appends through, on its own data source; it never changes the schema.</summary>
    public static DocumentStore ForAppending(NpgsqlDataSource dataSource, IClock clock, EventTypeRegistry? eventTypes = null) =>
        DocumentStore.For(options => ConfigureForAppending(options, dataSource, clock, eventTypes));

    /// <summary>Creates or updates Marten's own tables and functions, and those of the host's documents, as the owner role.</summary>
    public static async Task ApplySchemaAsync(string ownerConnectionString, Action<StoreOptions>? documents = null)
    {
        using var store = DocumentStore.For(options =>
        {
            options.Connection(ownerConnectionString);
            Configure(options, TimeProvider.System, AutoCreate.CreateOrUpdate, documents: documents);
        });
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
    }
}
