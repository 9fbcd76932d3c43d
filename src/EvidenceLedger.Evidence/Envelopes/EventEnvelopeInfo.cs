using NodaTime;

namespace EvidenceLedger.Evidence.Envelopes;

/// <summary>
/// What the event store recorded around an event: who appended it, when, at which stream version and global position,
/// and the reason given with the append (if any). Read models take it alongside each event because events themselves
/// deliberately carry neither actor nor time.
/// </summary>
public sealed record EventEnvelopeInfo(string Actor, Instant RecordedAt, long Version, long Position, string? Reason = null);
