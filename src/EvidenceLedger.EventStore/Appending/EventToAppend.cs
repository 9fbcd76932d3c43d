using System.Text.Json;

namespace EvidenceLedger.EventStore.Appending;

/// <summary>One new event: a client-chosen id (so a retry is recognised), its stored type name and its JSON data.</summary>
public sealed record EventToAppend(Guid EventId, string Type, JsonElement Data);
