using EvidenceLedger.EventStore.Events;

namespace EvidenceLedger.Server.Exporting.Recording;

/// <summary>The custody record of each incident's exports: one stream <c>export-{incidentId}</c> per incident.</summary>
public static class ExportStreams
{
    public const string Prefix = "export-";

    public static EventSerializer Serializer { get; } = new(new EventTypeRegistry([typeof(IncidentExported), typeof(IncidentExportSealed)]));

    /// <summary>The event type name of <see cref="IncidentExported"/>.</summary>
    public static string Exported { get; } = Serializer.Registry.NameOf(typeof(IncidentExported));

    public static string For(Guid incidentId) => Prefix + incidentId.ToString("D");

    public static bool IsExport(string streamId) => streamId.StartsWith(Prefix, StringComparison.Ordinal);
}
