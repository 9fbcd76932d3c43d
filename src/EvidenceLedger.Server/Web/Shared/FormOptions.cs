using EvidenceLedger.Evidence.Claims;
using EvidenceLedger.Evidence.Claims.Verifying;
using EvidenceLedger.Evidence.Grading;
using EvidenceLedger.Evidence.Sources;
using EvidenceLedger.Server.Evidence.Sources;

namespace EvidenceLedger.Server.Web.Shared;

/// <summary>The choices of the forms' select fields; each posts the enum member's name.</summary>
public static class FormOptions
{
    public static IReadOnlyList<FieldOption> SourceKinds { get; } = Of<SourceKind>(Display.Kind);

    public static IReadOnlyList<FieldOption> Reliabilities { get; } = Of<SourceReliability>(Display.Reliability);

    public static IReadOnlyList<FieldOption> Credibilities { get; } = Of<InformationCredibility>(Display.Credibility);

    public static IReadOnlyList<FieldOption> Statuses { get; } = Of<ClaimStatus>(Display.Status);

    public static IReadOnlyList<FieldOption> Methods { get; } = Of<VerificationMethod>(Display.Method);

    public static IReadOnlyList<FieldOption> Outcomes { get; } = Of<VerificationOutcome>(Display.Outcome);

    public static IReadOnlyList<FieldOption> Sources(IEnumerable<SourceDocument> sources) =>
        sources.Select(source => new FieldOption(source.Id.ToString("D"), $"{source.Name} ({source.ReliabilityCode} · {Display.Kind(source.Kind)})")).ToList();

    private static List<FieldOption> Of<TEnum>(Func<TEnum, string> text)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(value => new FieldOption(value.ToString(), text(value))).ToList();
}
