using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Grading;
using EvidenceLedger.Evidence.Sources;
using EvidenceLedger.Evidence.Sources.Registering;
using EvidenceLedger.Evidence.Tests.Support;

namespace EvidenceLedger.Evidence.Tests.Sources.Registering;

public class RegisteringSourceTests
{
    [Fact]
    public void Registering_a_source_records_its_name_kind_and_grade() =>
        Source.Given()
            .When(new RegisterSource(Sample.SourceId, "  Syria Direct ", SourceKind.Media, SourceReliability.UsuallyReliable))
            .Then(new SourceRegistered(Sample.SourceId, "Syria Direct", SourceKind.Media, SourceReliability.UsuallyReliable));

    [Fact]
    public void Registering_a_source_that_already_exists_is_a_conflict() =>
        Source.Given(Sample.SourceRegistered)
            .When(new RegisterSource(Sample.SourceId, "Another name", SourceKind.Organization, SourceReliability.FairlyReliable))
            .ThenRejected(RejectionKind.Conflict, "sourceId");

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Registering_a_source_without_a_name_is_rejected(string name) =>
        Source.Given()
            .When(new RegisterSource(Sample.SourceId, name, SourceKind.Media, SourceReliability.UsuallyReliable))
            .ThenInvalid("name");

    [Fact]
    public void Registering_a_source_without_an_id_is_rejected() =>
        Source.Given()
            .When(new RegisterSource(Guid.Empty, "Syria Direct", SourceKind.Media, SourceReliability.UsuallyReliable))
            .ThenInvalid("sourceId");

    [Theory]
    [InlineData(0)]
    [InlineData(42)]
    public void Registering_a_source_of_an_unknown_kind_is_rejected(int kind) =>
        Source.Given()
            .When(new RegisterSource(Sample.SourceId, "Syria Direct", (SourceKind)kind, SourceReliability.UsuallyReliable))
            .ThenInvalid("kind");

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public void Registering_a_source_with_an_unknown_grade_is_rejected(int reliability) =>
        Source.Given()
            .When(new RegisterSource(Sample.SourceId, "Syria Direct", SourceKind.Media, (SourceReliability)reliability))
            .ThenInvalid("reliability");

    [Fact]
    public void Deciding_with_another_source_s_state_is_a_programming_error() =>
        Assert.Throws<ArgumentException>(() => SourceDecider.Decide(
            new RegisterSource(Guid.NewGuid(), "Syria Direct", SourceKind.Media, SourceReliability.UsuallyReliable),
            SourceDecider.Fold([Sample.SourceRegistered])));
}
