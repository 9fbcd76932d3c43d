namespace EvidenceLedger.Integrity.Verification;

/// <summary>Collects problems up to a limit and counts every one.</summary>
internal sealed class ProblemLog(int maxKept)
{
    private readonly List<VerificationProblem> _kept = [];

    public long Count { get; private set; }

    public IReadOnlyList<VerificationProblem> Kept => _kept;

    public bool IsFull => _kept.Count >= maxKept;

    public void Add(VerificationProblem problem)
    {
        Count++;
        if (!IsFull)
        {
            _kept.Add(problem);
        }
    }

    /// <summary>Takes over the problems a check running beside this one collected.</summary>
    public void Absorb(ProblemLog other)
    {
        foreach (var problem in other.Kept)
        {
            Add(problem);
        }

        Count += other.Count - other.Kept.Count;
    }
}
