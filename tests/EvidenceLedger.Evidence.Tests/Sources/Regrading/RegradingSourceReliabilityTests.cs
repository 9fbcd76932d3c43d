using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Grading;
using EvidenceLedger.Evidence.Sources.Regrading;
using EvidenceLedger.Evidence.Tests.Support;

namespace EvidenceLedger.Evidence.Tests.Sources.Regrading;

public class RegradingSourceReliabilityTests
{
    [Fact]
    public void Regrading_records_the_new_grade_and_its_rationale() =>
        Source.Given(Sample.SourceRegistered)
            .When(new RegradeSourceReliability(Sample.SourceId, SourceReliability.FairlyReliable, " Two reports later contradicted by footage. "))
            .Then(new SourceReliabilityRegraded(Sample.SourceId, SourceReliability.FairlyReliable, "Two reports later contradicted by footage."));

    [Fact]
    public void Regrading_an_unregistered_source_is_not_found()
    {
        var rejection = Source.Given()
            .When(new RegradeSourceReliability(Sample.SourceId, SourceReliability.FairlyReliable, "Rationale"))
            .ThenRejected(RejectionKind.NotFound, "sourceId");

        Assert.True(rejection.IsNotFound);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Regrading_without_a_rationale_is_rejected(string rationale) =>
        Source.Given(Sample.SourceRegistered)
            .When(new RegradeSourceReliability(Sample.SourceId, SourceReliability.FairlyReliable, rationale))
            .ThenInvalid("rationale");

    [Fact]
    public void Regrading_to_the_grade_the_source_already_has_is_rejected() =>
        Source.Given(Sample.SourceRegistered, new SourceReliabilityRegraded(Sample.SourceId, SourceReliability.Unreliable, "Fabricated photos."))
            .When(new RegradeSourceReliability(Sample.SourceId, SourceReliability.Unreliable, "Still unreliable."))
            .ThenInvalid("reliability");

    [Fact]
    public void Regrading_back_to_an_earlier_grade_is_allowed() =>
        Source.Given(Sample.SourceRegistered, new SourceReliabilityRegraded(Sample.SourceId, SourceReliability.Unreliable, "Fabricated photos."))
            .When(new RegradeSourceReliability(Sample.SourceId, SourceReliability.UsuallyReliable, "The photos were authentic after all."))
            .Then(new SourceReliabilityRegraded(Sample.SourceId, SourceReliability.UsuallyReliable, "The photos were authentic after all."));

    [Fact]
    public void Regrading_to_an_unknown_grade_is_rejected() =>
        Source.Given(Sample.SourceRegistered)
            .When(new RegradeSourceReliability(Sample.SourceId, (SourceReliability)9, "Rationale"))
            .ThenInvalid("reliability");
}
