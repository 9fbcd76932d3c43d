using System.Collections.Immutable;
using EvidenceLedger.Evidence.Claims.Verifying;

namespace EvidenceLedger.Evidence.Claims;

/// <summary>
/// The distinct sources that back a claim: the source the claim is attributed to, plus the source of every
/// verification step whose outcome <see cref="VerificationOutcome.Supports"/> it, each counted once, in the order they appeared.
/// </summary>
/// <remarks>
/// Corroboration is about independent voices, not effort: ten checks against the same outlet are still one outlet,
/// and a step that relies on no source (say, a geolocation of footage) strengthens the claim without adding a voice.
/// Counting source ids rather than steps or names is also why sources carry aliases: "Syria Direct" and "SyriaDirect"
/// are one source id and can never count twice. Admiralty credibility 1 ("confirmed by other sources") requires
/// at least <see cref="NeededToConfirm"/> of them.
/// </remarks>
public static class SupportingSources
{
    public const int NeededToConfirm = 2;

    public static ImmutableList<Guid> Of(Guid claimSourceId) => [claimSourceId];

    /// <summary>
    /// The supporting sources with those marked as the same as another counted as that one (<paramref name="readAs"/>
    /// gives the id each is read as), each once, in the order they appeared.
    /// </summary>
    public static ImmutableList<Guid> AsOne(IEnumerable<Guid> supporting, Func<Guid, Guid> readAs)
    {
        ArgumentNullException.ThrowIfNull(supporting);
        ArgumentNullException.ThrowIfNull(readAs);
        return supporting.Select(readAs).Distinct().ToImmutableList();
    }

    public static ImmutableList<Guid> After(ImmutableList<Guid> supporting, VerificationStepRecorded step)
    {
        ArgumentNullException.ThrowIfNull(supporting);
        ArgumentNullException.ThrowIfNull(step);
        return step is { Outcome: VerificationOutcome.Supports, SourceId: { } sourceId } && !supporting.Contains(sourceId)
            ? supporting.Add(sourceId)
            : supporting;
    }
}
