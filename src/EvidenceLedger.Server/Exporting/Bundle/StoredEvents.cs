using System.Text.Json;
using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.EventStore.Time;

namespace EvidenceLedger.Server.Exporting.Bundle;

/// <summary>Turns an exported event back into the <see cref="StoredEvent"/> the domain's serializers and view builders read.</summary>
public static class StoredEvents
{
    /// <exception cref="ReplayFailedException">The event's instant or hashes are malformed.</exception>
    public static StoredEvent From(ExportedEvent exported)
    {
        ArgumentNullException.ThrowIfNull(exported);
        var recordedAt = LedgerInstant.Pattern.Parse(exported.RecordedAt ?? "");
        if (!recordedAt.Success)
            throw new ReplayFailedException(exported.StreamId, exported.Version, $"recordedAt '{exported.RecordedAt}' is not YYYY-MM-DDTHH:MM:SS.ffffffZ.");
        try
        {
            return new StoredEvent(exported.Position, exported.EventId, exported.StreamId, exported.Version, exported.Type,
                exported.Data ?? default(JsonElement), exported.Actor, recordedAt.Value, exported.CorrelationId ?? Guid.Empty, exported.CausationId,
                exported.Reason, exported.PreviousHash is null ? null : Convert.FromHexString(exported.PreviousHash), Convert.FromHexString(exported.Hash));
        }
        catch (FormatException e)
        {
            throw new ReplayFailedException(exported.StreamId, exported.Version, "a hash is not hexadecimal.", e);
        }
    }
}
