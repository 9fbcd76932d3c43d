using EvidenceLedger.Evidence.Claims.Recording;
using EvidenceLedger.Evidence.Counts;
using EvidenceLedger.Evidence.Dates;
using EvidenceLedger.Evidence.Grading;
using EvidenceLedger.Evidence.Incidents.Recording;
using EvidenceLedger.Evidence.Places;
using EvidenceLedger.Evidence.Sources;
using EvidenceLedger.Evidence.Sources.Registering;
using NodaTime;

namespace EvidenceLedger.Evidence.Tests.Support;

/// <summary>A documented incident and the sources behind its claims, shared by the scenarios.</summary>
internal static class Sample
{
    public static readonly Guid IncidentId = new("0d3c5a52-6f0e-4a1e-9f57-1f1d2b7a0001");
    public static readonly Guid ClaimId = new("0d3c5a52-6f0e-4a1e-9f57-1f1d2b7a0002");
    public static readonly Guid OtherClaimId = new("0d3c5a52-6f0e-4a1e-9f57-1f1d2b7a0003");
    public static readonly Guid SourceId = new("0d3c5a52-6f0e-4a1e-9f57-1f1d2b7a0004");
    public static readonly Guid SecondSourceId = new("0d3c5a52-6f0e-4a1e-9f57-1f1d2b7a0005");
    public static readonly Guid ThirdSourceId = new("0d3c5a52-6f0e-4a1e-9f57-1f1d2b7a0006");
    public static readonly Guid CitationId = new("0d3c5a52-6f0e-4a1e-9f57-1f1d2b7a0007");
    public static readonly Guid StepId = new("0d3c5a52-6f0e-4a1e-9f57-1f1d2b7a0008");

    /// <summary>When commands in the scenarios are issued.</summary>
    public static readonly Instant Now = Instant.FromUtc(2024, 3, 10, 9, 30);

    public const string Statement = "An air strike hit the main market, killing more than 30 people.";

    public static Place Bukamal => new("al-Bukamal", [], new Coordinates(34.4536, 40.9187, 2000));

    public static IncidentRecorded IncidentRecorded => new(
        IncidentId, "Air strike on al-Bukamal market", "Strike on the central market at midday.", ImpreciseDate.Parse("2015-11-18"), Bukamal);

    public static ClaimRecorded ClaimRecorded => new(
        IncidentId, ClaimId, Statement, SourceId, "casualties", new CountRange(31, null, "people killed"), InformationCredibility.PossiblyTrue);

    public static SourceRegistered SourceRegistered => new(SourceId, "Syria Direct", SourceKind.Media, SourceReliability.UsuallyReliable);
}
