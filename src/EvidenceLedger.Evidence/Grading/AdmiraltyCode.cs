using System.Diagnostics.CodeAnalysis;

namespace EvidenceLedger.Evidence.Grading;

/// <summary>The letters (A–F) and digits (1–6) analysts write Admiralty grades as, e.g. "B2".</summary>
public static class AdmiraltyCode
{
    public static char Of(SourceReliability reliability) => (char)('A' + ((int)reliability - 1));

    public static char Of(InformationCredibility credibility) => (char)('0' + (int)credibility);

    public static bool TryParseReliability(string? code, [NotNullWhen(true)] out SourceReliability? reliability)
    {
        reliability = code is { Length: 1 } && char.ToUpperInvariant(code[0]) is >= 'A' and <= 'F' and var letter
            ? (SourceReliability)(letter - 'A' + 1)
            : null;
        return reliability is not null;
    }

    public static bool TryParseCredibility(string? code, [NotNullWhen(true)] out InformationCredibility? credibility)
    {
        credibility = code is { Length: 1 } && code[0] is >= '1' and <= '6' ? (InformationCredibility)(code[0] - '0') : null;
        return credibility is not null;
    }
}
