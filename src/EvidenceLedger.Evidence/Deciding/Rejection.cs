namespace EvidenceLedger.Evidence.Deciding;

/// <summary>A refused command: which field (camelCase, dotted for nested values) is at fault and why.</summary>
public sealed record Rejection(string Field, string Reason, RejectionKind Kind)
{
    /// <summary>The other fields found at fault together with this one (each invalid, each a field of its own), so a caller can name them all at once.</summary>
    public IReadOnlyList<Rejection> Others { get; init; } = [];

    /// <summary>This rejection and <see cref="Others"/>.</summary>
    public IEnumerable<Rejection> All => Others.Prepend(this);

    public static Rejection Invalid(string field, string reason) => new(field, reason, RejectionKind.Invalid);

    public static Rejection NotFound(string field, string reason) => new(field, reason, RejectionKind.NotFound);

    public static Rejection Conflict(string field, string reason) => new(field, reason, RejectionKind.Conflict);

    /// <summary>
    /// The first of <paramref name="checks"/> that found a problem, or null. When it is an invalid field, it carries the
    /// problems of every other invalid field (the first one found for each).
    /// </summary>
    public static Rejection? FirstOf(IEnumerable<Rejection?> checks)
    {
        ArgumentNullException.ThrowIfNull(checks);
        var found = checks.OfType<Rejection>().ToList();
        if (found.Count == 0) return null;
        var first = found[0];
        if (first.Kind != RejectionKind.Invalid) return first;
        var others = found.Skip(1).SelectMany(r => r.All)
            .Where(r => r.Kind == RejectionKind.Invalid)
            .Where(r => r.Field != first.Field)
            .DistinctBy(r => r.Field)
            .ToList();
        return others.Count == 0 ? first : first with { Others = [.. first.Others, .. others.Where(r => first.Others.All(o => o.Field != r.Field))] };
    }

    public bool IsNotFound => Kind == RejectionKind.NotFound;
}
