using System.Text.Json;
using EvidenceLedger.Evidence.Claims;
using EvidenceLedger.Evidence.Claims.Assessing;
using EvidenceLedger.Evidence.Claims.Citing;
using EvidenceLedger.Evidence.Claims.Correcting;
using EvidenceLedger.Evidence.Claims.Recording;
using EvidenceLedger.Evidence.Claims.Retracting;
using EvidenceLedger.Evidence.Claims.Verifying;
using EvidenceLedger.Evidence.Dates;
using EvidenceLedger.Evidence.Envelopes;
using EvidenceLedger.Evidence.Grading;
using EvidenceLedger.Evidence.Incidents;
using EvidenceLedger.Evidence.Incidents.Dating;
using EvidenceLedger.Evidence.Incidents.Describing;
using EvidenceLedger.Evidence.Incidents.PlaceAliasing;
using EvidenceLedger.Evidence.Incidents.Relocating;
using EvidenceLedger.Evidence.Incidents.Viewing;
using EvidenceLedger.Evidence.Places;
using EvidenceLedger.Evidence.Tests.Support;
using NodaTime;

namespace EvidenceLedger.Evidence.Tests.Incidents.Viewing;

public class IncidentViewTests
{
    private const string Corrected = "An air strike hit the main market, killing at least 34 people.";
    private static readonly Coordinates Hamdan = new(34.4512, 40.9301, 50);

    private static readonly ClaimCited Citation = new(
        Sample.IncidentId, Sample.ClaimId, Sample.CitationId, "Strike on Bukamal market", "https://syriadirect.org/news/strike/", ImpreciseDate.Parse("2015-11-19"), null, "More than thirty people were killed.");

    private static readonly VerificationStepRecorded SupportingStep = new(
        Sample.IncidentId, Sample.ClaimId, Sample.StepId, VerificationMethod.CrossReference, VerificationOutcome.Supports, "Same toll in a second outlet.", Sample.SecondSourceId);

    // Versions 1..13; the claim is corrected at 3, cited at 4, verified at 5, assessed at 6, corrected again at 7.
    private static readonly List<(IIncidentEvent Event, EventEnvelopeInfo Envelope)> History = StoredEvents.Of<IIncidentEvent>(
        (Sample.IncidentRecorded, "amira"),
        (Sample.ClaimRecorded, "amira"),
        (new ClaimCorrected(Sample.IncidentId, Sample.ClaimId, Corrected, "Hospital records list 34 names."), "karim"),
        (Citation, "karim"),
        (SupportingStep, "lina"),
        (new ClaimAssessed(Sample.IncidentId, Sample.ClaimId, ClaimStatus.Confirmed, InformationCredibility.ConfirmedByOtherSources, "Two outlets, same toll."), "lina"),
        (new ClaimCorrected(Sample.IncidentId, Sample.ClaimId, Sample.Statement, "The records were for another strike."), "amira"),
        (new IncidentPlaceAliasAdded(Sample.IncidentId, "البوكمال"), "amira"),
        (new IncidentRelocated(Sample.IncidentId, "al-Bukamal, Hamdan district", Hamdan, "Geolocated."), "lina"),
        (new IncidentOccurrenceRevised(Sample.IncidentId, ImpreciseDate.Parse("2015-11-18~"), "Single witness."), "karim"),
        (new IncidentDescriptionRevised(Sample.IncidentId, "Strikes on al-Bukamal market", "Two strikes.", "Second strike."), "karim"),
        (Sample.ClaimRecorded with { ClaimId = Sample.OtherClaimId, Statement = "Four children among the dead.", Count = null }, "amira"),
        (new ClaimRetracted(Sample.IncidentId, Sample.OtherClaimId, "The source withdrew it."), "amira"));

    private static IncidentView ViewAfter(int events) => IncidentViewBuilder.Build(History.Take(events))!;

    [Fact]
    public void The_view_shows_the_incident_s_current_facts()
    {
        var view = ViewAfter(History.Count);

        Assert.Equal(("Strikes on al-Bukamal market", "Two strikes.", "2015-11-18~"), (view.Title, view.Summary, view.Occurred.Edtf));
        Assert.Equal(new Place("al-Bukamal, Hamdan district", ["البوكمال"], Hamdan), view.Place);
        Assert.Equal(("amira", StoredEvents.FirstRecordedAt), (view.RecordedBy, view.RecordedAt));
        Assert.Equal((13L, StoredEvents.Envelope(13, "amira").RecordedAt), (view.Version, view.LastChangedAt));
    }

    [Fact]
    public void A_claim_shows_its_current_statement_source_count_and_assessment()
    {
        var claim = ViewAfter(History.Count).Claim(Sample.ClaimId)!;

        Assert.Equal(Sample.Statement, claim.Statement);
        Assert.Equal((Sample.SourceId, "casualties", Sample.ClaimRecorded.Count), (claim.SourceId, claim.Category, claim.Count));
        Assert.Equal((ClaimStatus.Confirmed, InformationCredibility.ConfirmedByOtherSources), (claim.Status, claim.Credibility));
        Assert.Equal(("Two outlets, same toll.", "lina", 6L), (claim.Assessments.Single().Rationale, claim.Assessments.Single().Actor, claim.Assessments.Single().Version));
        Assert.False(claim.IsRetracted);
    }

    [Fact]
    public void Every_wording_of_a_claim_is_kept_with_who_wrote_it_when_and_why()
    {
        var claim = ViewAfter(History.Count).Claim(Sample.ClaimId)!;

        Assert.Equal(2, claim.CorrectionCount);
        Assert.Collection(
            claim.Wordings,
            original => Assert.Equal((Sample.Statement, "amira", StoredEvents.Envelope(2, "amira").RecordedAt, (string?)null, 2L), (original.Statement, original.Actor, original.RecordedAt, original.Reason, original.Version)),
            first => Assert.Equal((Corrected, "karim", "Hospital records list 34 names.", 3L), (first.Statement, first.Actor, first.Reason, first.Version)),
            second => Assert.Equal((Sample.Statement, "amira", "The records were for another strike.", 7L), (second.Statement, second.Actor, second.Reason, second.Version)));
    }

    [Fact]
    public void The_first_wording_takes_its_reason_from_the_envelope()
    {
        var recorded = IncidentViewBuilder.Apply(null, Sample.IncidentRecorded, StoredEvents.Envelope(1, "amira"));
        var view = IncidentViewBuilder.Apply(recorded, Sample.ClaimRecorded, StoredEvents.Envelope(2, "amira", reason: "Imported from field report 17."));

        Assert.Equal("Imported from field report 17.", view.Claim(Sample.ClaimId)!.Wordings.Single().Reason);
    }

    [Fact]
    public void A_claim_lists_its_citations_and_verification_steps_with_who_added_them()
    {
        var claim = ViewAfter(History.Count).Claim(Sample.ClaimId)!;

        var citation = Assert.Single(claim.Citations);
        Assert.Equal(
            (Sample.CitationId, Citation.Url, "2015-11-19", Citation.Excerpt, "karim"),
            (citation.CitationId, citation.Url, citation.PublishedOn?.Edtf, citation.Excerpt, citation.CitedBy));
        var step = Assert.Single(claim.VerificationSteps);
        Assert.Equal(
            (VerificationMethod.CrossReference, VerificationOutcome.Supports, (Guid?)Sample.SecondSourceId, "lina", StoredEvents.Envelope(5, "lina").RecordedAt),
            (step.Method, step.Outcome, step.SourceId, step.RecordedBy, step.RecordedAt));
    }

    [Fact]
    public void A_claim_counts_its_distinct_supporting_sources()
    {
        Assert.Equal([Sample.SourceId], ViewAfter(4).Claim(Sample.ClaimId)!.DistinctSupportingSourceIds);
        Assert.Equal([Sample.SourceId, Sample.SecondSourceId], ViewAfter(5).Claim(Sample.ClaimId)!.DistinctSupportingSourceIds);
    }

    [Fact]
    public void A_retracted_claim_stays_in_the_view_flagged_with_its_reason()
    {
        var view = ViewAfter(History.Count);

        Assert.Equal([Sample.ClaimId, Sample.OtherClaimId], view.Claims.Select(claim => claim.ClaimId));
        var retracted = view.Claim(Sample.OtherClaimId)!;
        Assert.True(retracted.IsRetracted);
        Assert.Equal(("The source withdrew it.", "amira"), (retracted.RetractionReason, retracted.Retraction!.Actor));
        Assert.Equal("Four children among the dead.", retracted.Statement);
    }

    [Fact]
    public void Replaying_the_first_events_gives_the_view_as_it_stood_then()
    {
        var then = ViewAfter(3);
        var claim = then.Claim(Sample.ClaimId)!;

        Assert.Equal((3L, Corrected, 1, ClaimStatus.Unverified), (then.Version, claim.Statement, claim.CorrectionCount, claim.Status));
        Assert.Empty(claim.Citations);
        Assert.Equal("Air strike on al-Bukamal market", then.Title);
        Assert.Equal(new Place("al-Bukamal", [], Sample.Bukamal.Coordinates), then.Place);
    }

    [Fact]
    public void Replaying_is_deterministic_at_every_version()
    {
        for (var events = 1; events <= History.Count; events++)
        {
            var stepByStep = History.Take(events).Aggregate((IncidentView?)null, (view, recorded) => IncidentViewBuilder.Apply(view, recorded.Event, recorded.Envelope));

            Assert.Equal(JsonSerializer.Serialize(ViewAfter(events), Json.Views), JsonSerializer.Serialize(stepByStep, Json.Views));
        }
    }

    [Fact]
    public void Later_events_never_change_an_earlier_view()
    {
        var earlier = ViewAfter(3);
        var before = JsonSerializer.Serialize(earlier, Json.Views);

        var later = History.Skip(3).Aggregate(earlier, (view, recorded) => IncidentViewBuilder.Apply(view, recorded.Event, recorded.Envelope));

        Assert.NotEqual(earlier.Version, later.Version);

        Assert.Equal(before, JsonSerializer.Serialize(earlier, Json.Views));
    }

    [Fact]
    public void The_view_s_place_search_keys_include_every_registered_spelling()
    {
        var keys = ViewAfter(History.Count).Place.SearchKeys();

        Assert.Contains(PlaceNameKey.For("البوكمال"), keys);
        Assert.Contains(PlaceNameKey.For("Albu Kamal, Hamdan district"), keys);
    }

    [Fact]
    public void An_empty_history_has_no_view() => Assert.Null(IncidentViewBuilder.Build([]));

    [Fact]
    public void Events_out_of_stream_order_are_refused() =>
        Assert.Throws<InvalidOperationException>(() => IncidentViewBuilder.Apply(ViewAfter(3), History[3].Event, History[1].Envelope));

    [Fact]
    public void A_claim_event_for_a_claim_the_incident_does_not_have_is_refused() =>
        Assert.Throws<InvalidOperationException>(() =>
            IncidentViewBuilder.Apply(ViewAfter(1), Citation, StoredEvents.Envelope(2, "karim")));

    [Fact]
    public void An_event_before_the_incident_was_recorded_is_refused() =>
        Assert.Throws<InvalidOperationException>(() => IncidentViewBuilder.Apply(null, Sample.ClaimRecorded, StoredEvents.Envelope(1, "amira")));

    [Fact]
    public void The_view_and_the_decision_state_agree_on_supporting_sources()
    {
        var state = IncidentDecider.Fold(History.Select(recorded => recorded.Event));

        Assert.Equal(state.Claims[Sample.ClaimId].SupportingSourceIds, ViewAfter(History.Count).Claim(Sample.ClaimId)!.DistinctSupportingSourceIds);
        Assert.True(state.Claims[Sample.OtherClaimId].IsRetracted);
    }
}
