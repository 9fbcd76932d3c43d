using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Sources.Aliasing;
using EvidenceLedger.Evidence.Tests.Support;

namespace EvidenceLedger.Evidence.Tests.Sources.Aliasing;

public class AddingSourceAliasTests
{
    [Fact]
    public void Adding_another_spelling_of_the_source_records_it() =>
        Source.Given(Sample.SourceRegistered)
            .When(new AddSourceAlias(Sample.SourceId, " SyriaDirect "))
            .Then(new SourceAliasAdded(Sample.SourceId, "SyriaDirect"));

    [Fact]
    public void Adding_an_alias_to_an_unregistered_source_is_not_found() =>
        Source.Given()
            .When(new AddSourceAlias(Sample.SourceId, "SyriaDirect"))
            .ThenRejected(RejectionKind.NotFound, "sourceId");

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Adding_a_blank_alias_is_rejected(string alias) =>
        Source.Given(Sample.SourceRegistered)
            .When(new AddSourceAlias(Sample.SourceId, alias))
            .ThenInvalid("alias");

    [Theory]
    [InlineData("Syria Direct")]
    [InlineData("SYRIA DIRECT ")]
    public void Adding_the_source_s_own_name_as_an_alias_is_a_conflict(string alias) =>
        Source.Given(Sample.SourceRegistered)
            .When(new AddSourceAlias(Sample.SourceId, alias))
            .ThenRejected(RejectionKind.Conflict, "alias");

    [Fact]
    public void Adding_an_alias_twice_is_a_conflict() =>
        Source.Given(Sample.SourceRegistered, new SourceAliasAdded(Sample.SourceId, "SyriaDirect"))
            .When(new AddSourceAlias(Sample.SourceId, "syriadirect"))
            .ThenRejected(RejectionKind.Conflict, "alias");
}
