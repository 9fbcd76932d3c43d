using NodaTime;

namespace EvidenceLedger.Evidence.Claims.Viewing;

public sealed record RetractionView(string Reason, string Actor, Instant RecordedAt);
