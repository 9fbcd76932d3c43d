using NodaTime;

namespace EvidenceLedger.Server.Web.Shared;

/// <summary>What others recorded on an incident after a form was rendered from version <paramref name="RenderedVersion"/>.</summary>
public sealed record ChangesSince(long RenderedVersion, long CurrentVersion, IReadOnlyList<ChangeMade> Changes);

/// <summary>One change: who, what and when.</summary>
public sealed record ChangeMade(long Version, string Actor, Instant RecordedAt, string What);
