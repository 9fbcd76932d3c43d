namespace EvidenceLedger.EventStore.Events;

/// <summary>
/// The explicit, stable name an event is stored under (e.g. <c>claim_corrected</c>).
/// Stored names never follow CLR type names, so renaming a class can never orphan history.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class EventTypeAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
