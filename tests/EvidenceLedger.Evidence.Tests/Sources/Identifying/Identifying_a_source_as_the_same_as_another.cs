using System.Collections.Immutable;
using EvidenceLedger.Evidence.Claims;
using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Grading;
using EvidenceLedger.Evidence.Sources;
using EvidenceLedger.Evidence.Sources.Identifying;
using EvidenceLedger.Evidence.Sources.Registering;
using EvidenceLedger.Evidence.Tests.Support;

namespace EvidenceLedger.Evidence.Tests.Sources.Identifying;

public class Identifying_a_source_as_the_same_as_another
{
    private static readonly SourceState Other = SourceDecider.Fold(
        [new SourceRegistered(Sample.SecondSourceId, "SyriaDirect", SourceKind.Media, SourceReliability.UsuallyReliable)]);

    private static IdentifySourceAsSame SameAsOther(string reason = "Registered twice under two spellings.") =>
        new(Sample.SourceId, Sample.SecondSourceId, reason) { Target = Other };

    [Fact]
    public void Marking_a_source_as_the_same_as_a_registered_one_records_it() =>
        Source.Given(Sample.SourceRegistered)
            .When(SameAsOther(" Registered twice under two spellings. "))
            .Then(new SourceIdentifiedAsSame(Sample.SourceId, Sample.SecondSourceId, "Registered twice under two spellings."));

    [Fact]
    public void A_source_cannot_be_the_same_as_itself() =>
        Source.Given(Sample.SourceRegistered)
            .When(new IdentifySourceAsSame(Sample.SourceId, Sample.SourceId, "Oops") { Target = SourceDecider.Fold([Sample.SourceRegistered]) })
            .ThenInvalid("sourceId");

    [Fact]
    public void The_same_as_an_unregistered_source_is_refused_naming_it() =>
        Source.Given(Sample.SourceRegistered)
            .When(new IdentifySourceAsSame(Sample.SourceId, Sample.ThirdSourceId, "Registered twice."))
            .ThenInvalid("sourceId");

    [Fact]
    public void Without_a_reason_it_is_refused() =>
        Source.Given(Sample.SourceRegistered)
            .When(SameAsOther("  "))
            .ThenInvalid("reason");

    [Fact]
    public void Marking_onto_a_source_itself_marked_as_another_is_a_conflict() =>
        Source.Given(Sample.SourceRegistered)
            .When(SameAsOther() with { Target = Other with { SameAsSourceId = Sample.ThirdSourceId } })
            .ThenRejected(RejectionKind.Conflict, "sourceId");

    [Fact]
    public void Marking_a_source_that_others_are_marked_as_is_a_conflict() =>
        Source.Given(Sample.SourceRegistered)
            .When(SameAsOther() with { OthersAreMarkedAsIt = true })
            .ThenRejected(RejectionKind.Conflict, "sourceId");

    [Fact]
    public void Marking_a_source_twice_is_a_conflict() =>
        Source.Given(Sample.SourceRegistered, new SourceIdentifiedAsSame(Sample.SourceId, Sample.SecondSourceId, "Registered twice."))
            .When(SameAsOther())
            .ThenRejected(RejectionKind.Conflict, "sourceId");

    [Fact]
    public void Supporting_sources_marked_as_the_same_count_once()
    {
        ImmutableList<Guid> supporting = [Sample.SourceId, Sample.SecondSourceId, Sample.ThirdSourceId];

        var asOne = SupportingSources.AsOne(supporting, id => id == Sample.SecondSourceId ? Sample.SourceId : id);

        Assert.Equal([Sample.SourceId, Sample.ThirdSourceId], asOne);
    }
}
