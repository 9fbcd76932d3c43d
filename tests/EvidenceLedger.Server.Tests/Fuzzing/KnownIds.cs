namespace EvidenceLedger.Server.Tests.Fuzzing;

/// <summary>The ids the run has created so far, so that most requests reach a real source, incident, claim or user.</summary>
internal sealed class KnownIds(Random random)
{
    private readonly List<Guid> _sources = [];
    private readonly List<Guid> _incidents = [];
    private readonly List<(Guid Incident, Guid Claim)> _claims = [];
    private readonly List<Guid> _users = [];

    public void AddSource(Guid id) => _sources.Add(id);

    public void AddIncident(Guid id) => _incidents.Add(id);

    public void AddClaim(Guid incident, Guid claim) => _claims.Add((incident, claim));

    public void AddUser(Guid id) => _users.Add(id);

    public Guid Source() => Pick(_sources);

    public Guid Incident() => Pick(_incidents);

    public Guid User() => Pick(_users);

    public (Guid Incident, Guid Claim) Claim() =>
        _claims.Count == 0 ? (Incident(), Guid.NewGuid()) : _claims[random.Next(_claims.Count)];

    /// <summary>One of the known ids, now and then an unknown one.</summary>
    private Guid Pick(List<Guid> ids) => ids.Count == 0 || random.Next(20) == 0 ? Guid.NewGuid() : ids[random.Next(ids.Count)];
}
