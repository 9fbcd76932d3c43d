using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Sources;
using EvidenceLedger.Evidence.Sources.ProtectingIdentity;
using EvidenceLedger.Evidence.Sources.Regrading;
using EvidenceLedger.Evidence.Sources.ShreddingIdentity;
using EvidenceLedger.Evidence.Grading;
using EvidenceLedger.Evidence.Tests.Support;

namespace EvidenceLedger.Evidence.Tests.Sources.ShreddingIdentity;

public class ShreddingSourceIdentityTests
{
    private static readonly ProtectedIdentityAttached IdentityAttached = new(Sample.SourceId, "source-key-1", "c2VhbGVk");

    [Fact]
    public void Shredding_marks_the_identity_erased_and_names_the_key_to_destroy() =>
        Source.Given(Sample.SourceRegistered, IdentityAttached)
            .When(new ShredSourceIdentity(Sample.SourceId, " Source requested erasure. "))
            .Then(new SourceIdentityShredded(Sample.SourceId, "source-key-1", "Source requested erasure."));

    [Fact]
    public void Shredding_the_identity_of_an_unregistered_source_is_not_found() =>
        Source.Given()
            .When(new ShredSourceIdentity(Sample.SourceId, "Erasure"))
            .ThenRejected(RejectionKind.NotFound, "sourceId");

    [Fact]
    public void Shredding_without_a_reason_is_rejected() =>
        Source.Given(Sample.SourceRegistered, IdentityAttached)
            .When(new ShredSourceIdentity(Sample.SourceId, " "))
            .ThenInvalid("reason");

    [Fact]
    public void Shredding_when_no_identity_is_attached_is_a_conflict() =>
        Source.Given(Sample.SourceRegistered)
            .When(new ShredSourceIdentity(Sample.SourceId, "Erasure"))
            .ThenRejected(RejectionKind.Conflict, "sourceId");

    [Fact]
    public void Shredding_twice_is_a_conflict() =>
        Source.Given(Sample.SourceRegistered, IdentityAttached, new SourceIdentityShredded(Sample.SourceId, "source-key-1", "Erasure"))
            .When(new ShredSourceIdentity(Sample.SourceId, "Erasure again"))
            .ThenRejected(RejectionKind.Conflict, "sourceId");

    [Fact]
    public void After_shredding_the_identity_cannot_be_read_but_the_rest_of_the_source_can()
    {
        var state = SourceDecider.Fold([
            Sample.SourceRegistered,
            IdentityAttached,
            new SourceIdentityShredded(Sample.SourceId, "source-key-1", "Erasure"),
            new SourceReliabilityRegraded(Sample.SourceId, SourceReliability.FairlyReliable, "Later review."),
        ]);

        Assert.Null(state.Identity);
        Assert.True(state.IdentityShredded);
        Assert.Equal(("Syria Direct", SourceReliability.FairlyReliable), (state.Name, state.Reliability));
    }
}
