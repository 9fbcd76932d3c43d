namespace EvidenceLedger.Server.Benchmarking.Load;

/// <summary>The load bench's figures (JSON names are a contract with whoever tracks them).</summary>
public sealed record LoadBenchResult(
    int Auditors,
    double Seconds,
    double DocumenterGetAloneP50Ms,
    double DocumenterGetAloneP95Ms,
    int DocumenterGetsAlone,
    double DocumenterGetP50Ms,
    double DocumenterGetP95Ms,
    double DocumenterGetP99Ms,
    int DocumenterGets,
    long AuditorVerifications,
    long AuditorListsOfThePast,
    long AuditorRequestsRefused429);
