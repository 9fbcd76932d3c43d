using System.Text.Json;
using EvidenceLedger.Evidence.Envelopes;
using EvidenceLedger.Evidence.Grading;
using EvidenceLedger.Evidence.Sources;
using EvidenceLedger.Evidence.Sources.Aliasing;
using EvidenceLedger.Evidence.Sources.ProtectingIdentity;
using EvidenceLedger.Evidence.Sources.Regrading;
using EvidenceLedger.Evidence.Sources.ShreddingIdentity;
using EvidenceLedger.Evidence.Sources.Viewing;
using EvidenceLedger.Evidence.Tests.Support;

namespace EvidenceLedger.Evidence.Tests.Sources.Viewing;

public class SourceViewTests
{
    private const string Ciphertext = "UmVhbCBuYW1lOiBYWVo=";

    private static readonly List<(ISourceEvent Event, EventEnvelopeInfo Envelope)> History = StoredEvents.Of<ISourceEvent>(
        (Sample.SourceRegistered, "amira"),
        (new SourceAliasAdded(Sample.SourceId, "SyriaDirect"), "amira"),
        (new ProtectedIdentityAttached(Sample.SourceId, "source-key-1", Ciphertext), "karim"),
        (new SourceReliabilityRegraded(Sample.SourceId, SourceReliability.FairlyReliable, "Two stories retracted."), "karim"),
        (new SourceIdentityShredded(Sample.SourceId, "source-key-1", "Source at risk."), "amira"));

    [Fact]
    public void The_view_shows_name_kind_current_grade_and_aliases()
    {
        var view = SourceViewBuilder.Build(History)!;

        Assert.Equal(("Syria Direct", SourceKind.Media, SourceReliability.FairlyReliable), (view.Name, view.Kind, view.Reliability));
        Assert.Equal(["SyriaDirect"], view.Aliases);
        Assert.Equal(("amira", StoredEvents.FirstRecordedAt, 5L), (view.RegisteredBy, view.RegisteredAt, view.Version));
    }

    [Fact]
    public void Every_grade_the_source_held_is_listed_with_who_gave_it_and_why()
    {
        var view = SourceViewBuilder.Build(History)!;

        Assert.Collection(
            view.Gradings,
            first => Assert.Equal((SourceReliability.UsuallyReliable, null, "amira", 1L), (first.Reliability, first.Rationale, first.Actor, first.Version)),
            second => Assert.Equal((SourceReliability.FairlyReliable, "Two stories retracted.", "karim", 4L), (second.Reliability, second.Rationale, second.Actor, second.Version)));
    }

    [Theory]
    [InlineData(2, IdentityStatus.None)]
    [InlineData(3, IdentityStatus.Protected)]
    [InlineData(5, IdentityStatus.Shredded)]
    public void The_identity_status_follows_the_history(int events, IdentityStatus status) =>
        Assert.Equal(status, SourceViewBuilder.Build(History.Take(events))!.IdentityStatus);

    [Fact]
    public void The_view_never_carries_the_protected_identity()
    {
        var json = JsonSerializer.Serialize(SourceViewBuilder.Build(History.Take(3)), Json.Views);

        Assert.DoesNotContain(Ciphertext, json, StringComparison.Ordinal);
        Assert.DoesNotContain("source-key-1", json, StringComparison.Ordinal);
        Assert.Contains("\"identityStatus\":\"protected\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Replaying_the_first_events_gives_the_view_as_it_stood_then()
    {
        var thenView = SourceViewBuilder.Build(History.Take(2))!;

        Assert.Equal((SourceReliability.UsuallyReliable, 2L, IdentityStatus.None), (thenView.Reliability, thenView.Version, thenView.IdentityStatus));
        Assert.Equal(
            JsonSerializer.Serialize(thenView, Json.Views),
            JsonSerializer.Serialize(SourceViewBuilder.Build(History.Take(2)), Json.Views));
    }

    [Fact]
    public void An_empty_history_has_no_view() => Assert.Null(SourceViewBuilder.Build([]));

    [Fact]
    public void Events_out_of_stream_order_are_refused()
    {
        var registered = SourceViewBuilder.Apply(null, Sample.SourceRegistered, StoredEvents.Envelope(2, "amira"));

        Assert.Throws<InvalidOperationException>(() =>
            SourceViewBuilder.Apply(registered, new SourceAliasAdded(Sample.SourceId, "SyriaDirect"), StoredEvents.Envelope(2, "amira")));
    }

    [Fact]
    public void An_event_before_registration_is_refused() =>
        Assert.Throws<InvalidOperationException>(() =>
            SourceViewBuilder.Apply(null, new SourceAliasAdded(Sample.SourceId, "SyriaDirect"), StoredEvents.Envelope(1, "amira")));
}
