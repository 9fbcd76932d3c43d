using EvidenceLedger.Server.Evidence.Sources;
using EvidenceLedger.Server.Web.Shared;

namespace EvidenceLedger.Server.Web.Sources;

/// <summary>The warning a source-registering form shows when the new name likely duplicates registered sources.</summary>
public static class SourceDuplicates
{
    public static LikelyDuplicatesNotice? Notice(IReadOnlyList<SourceDocument> similar) =>
        similar.Count == 0
            ? null
            : new("source", similar.Select(source => new LikelyDuplicate(source.Name, WebRoutes.Source(source.Id),
                string.Join(" · ", new[] { Display.Kind(source.Kind), Display.Reliability(source.Reliability) }
                    .Concat(source.Aliases.Count > 0 ? ["also " + string.Join(", ", source.Aliases)] : []))))
                .ToList(), "Register anyway");
}
