namespace EvidenceLedger.Evidence.Deciding;

/// <summary>A refused command: which field (camelCase, dotted for nested values) is at fault and why.</summary>
public sealed record Rejection(string Field, string Reason, RejectionKind Kind)
{
    public static Rejection Invalid(string field, string reason) => new(field, reason, RejectionKind.Invalid);

    public static Rejection NotFound(string field, string reason) => new(field, reason, RejectionKind.NotFound);

    public static Rejection Conflict(string field, string reason) => new(field, reason, RejectionKind.Conflict);

    public bool IsNotFound => Kind == RejectionKind.NotFound;
}
