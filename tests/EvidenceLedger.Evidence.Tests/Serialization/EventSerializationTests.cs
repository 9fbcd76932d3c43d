using System.Reflection;
using System.Text.Json;
using EvidenceLedger.EventStore.Events;
using EvidenceLedger.Evidence.Claims;
using EvidenceLedger.Evidence.Claims.Assessing;
using EvidenceLedger.Evidence.Claims.Citing;
using EvidenceLedger.Evidence.Claims.Correcting;
using EvidenceLedger.Evidence.Claims.Dating;
using EvidenceLedger.Evidence.Claims.Retracting;
using EvidenceLedger.Evidence.Claims.Verifying;
using EvidenceLedger.Evidence.Dates;
using EvidenceLedger.Evidence.Grading;
using EvidenceLedger.Evidence.Incidents;
using EvidenceLedger.Evidence.Incidents.Dating;
using EvidenceLedger.Evidence.Incidents.Describing;
using EvidenceLedger.Evidence.Incidents.PlaceAliasing;
using EvidenceLedger.Evidence.Incidents.Recording;
using EvidenceLedger.Evidence.Incidents.Relocating;
using EvidenceLedger.Evidence.Places;
using EvidenceLedger.Evidence.Sources;
using EvidenceLedger.Evidence.Sources.Aliasing;
using EvidenceLedger.Evidence.Sources.Identifying;
using EvidenceLedger.Evidence.Sources.ProtectingIdentity;
using EvidenceLedger.Evidence.Sources.Regrading;
using EvidenceLedger.Evidence.Sources.ShreddingIdentity;
using EvidenceLedger.Evidence.Tests.Support;
using NodaTime;

namespace EvidenceLedger.Evidence.Tests.Serialization;

public class EventSerializationTests
{
    private static readonly Assembly Domain = typeof(IIncidentEvent).Assembly;

    /// <summary>One instance of every event type, with optional parts filled in.</summary>
    private static readonly object[] EveryEvent =
    [
        Sample.SourceRegistered,
        new SourceReliabilityRegraded(Sample.SourceId, SourceReliability.FairlyReliable, "Two stories retracted."),
        new SourceAliasAdded(Sample.SourceId, "SyriaDirect"),
        new ProtectedIdentityAttached(Sample.SourceId, "source-key-1", "c2VhbGVk"),
        new SourceIdentityShredded(Sample.SourceId, "source-key-1", "Source at risk."),
        new SourceIdentifiedAsSame(Sample.SourceId, Sample.SecondSourceId, "Registered twice."),
        Sample.IncidentRecorded with { Place = new Place("al-Bukamal", ["Albu Kamal", "البوكمال"], new Coordinates(34.4536, 40.9187, 2000)) },
        new IncidentDescriptionRevised(Sample.IncidentId, "Title", "Summary", "Reason"),
        new IncidentOccurrenceRevised(Sample.IncidentId, ImpreciseDate.Parse("../2015-11-18~"), "Reason"),
        new IncidentRelocated(Sample.IncidentId, "al-Bukamal", null, "Reason"),
        new IncidentPlaceAliasAdded(Sample.IncidentId, "Al-Bokamel"),
        Sample.ClaimRecorded,
        new ClaimCorrected(Sample.IncidentId, Sample.ClaimId, "Corrected.", "Reason"),
        new ClaimOccurrenceRevised(Sample.IncidentId, Sample.ClaimId, ImpreciseDate.Parse("2015-11-11/2015-11-20"), "Reason"),
        new ClaimRetracted(Sample.IncidentId, Sample.ClaimId, "Reason"),
        new ClaimCited(Sample.IncidentId, Sample.ClaimId, Sample.CitationId, "Title", "https://example.org/a", ImpreciseDate.Parse("2015-11-19"), new string('a', 64), "Excerpt"),
        new VerificationStepRecorded(Sample.IncidentId, Sample.ClaimId, Sample.StepId, VerificationMethod.WitnessInterview, VerificationOutcome.Contradicts, "Notes", Sample.SecondSourceId),
        new ClaimAssessed(Sample.IncidentId, Sample.ClaimId, ClaimStatus.Discredited, InformationCredibility.TruthCannotBeJudged, "Rationale"),
    ];

    public static TheoryData<string> EveryEventName => new(EveryEvent.Select(e => EventTypeRegistry.FromAssembly(Domain).NameOf(e.GetType())));

    [Fact]
    public void Every_event_is_stored_under_its_explicit_snake_case_name()
    {
        var registry = EventTypeRegistry.FromAssembly(Domain);

        Assert.Equal(
            [
                "claim_assessed", "claim_cited", "claim_corrected", "claim_occurrence_revised", "claim_recorded", "claim_retracted", "claim_verification_step_recorded",
                "incident_description_revised", "incident_occurrence_revised", "incident_place_alias_added", "incident_recorded", "incident_relocated",
                "source_alias_added", "source_identified_as_same", "source_identity_shredded", "source_protected_identity_attached", "source_registered", "source_reliability_regraded",
            ],
            registry.Names.Order(StringComparer.Ordinal));
        Assert.Equal(registry.Names.Count, EveryEvent.Length);
    }

    [Fact]
    public void Every_event_belongs_to_exactly_one_stream_and_is_an_immutable_record()
    {
        var eventTypes = Domain.GetTypes().Where(type => type.GetCustomAttribute<EventTypeAttribute>() is not null).ToList();

        Assert.All(eventTypes, type =>
        {
            Assert.True(typeof(ISourceEvent).IsAssignableFrom(type) ^ typeof(IIncidentEvent).IsAssignableFrom(type), $"{type.Name} must be in exactly one stream.");
            Assert.True(type.IsSealed);
            Assert.All(type.GetProperties(), property => Assert.True(
                property.SetMethod is null || property.SetMethod.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)),
                $"{type.Name}.{property.Name} must be init-only."));
        });
    }

    [Theory]
    [MemberData(nameof(EveryEventName))]
    public void Every_event_round_trips_through_System_Text_Json(string name)
    {
        var registry = EventTypeRegistry.FromAssembly(Domain);
        Assert.True(registry.TryGetType(name, out var type));
        var original = EveryEvent.Single(e => e.GetType() == type);

        var json = JsonSerializer.Serialize(original, type, Json.Web);

        Assert.Equal(original, JsonSerializer.Deserialize(json, type, Json.Web));
        Assert.Equal(JsonSerializer.Serialize(original, type, Json.Web), json);
    }

    [Fact]
    public void Events_serialize_as_camel_case_with_enums_as_snake_case_strings_and_dates_as_iso_text()
    {
        var cited = JsonSerializer.Serialize(EveryEvent.OfType<ClaimCited>().Single(), Json.Web);
        var step = JsonSerializer.Serialize(EveryEvent.OfType<VerificationStepRecorded>().Single(), Json.Web);
        var assessed = JsonSerializer.Serialize(EveryEvent.OfType<ClaimAssessed>().Single(), Json.Web);
        var recorded = JsonSerializer.Serialize(EveryEvent.OfType<IncidentRecorded>().Single(), Json.Web);

        Assert.Contains("\"publishedOn\":\"2015-11-19\"", cited, StringComparison.Ordinal);
        Assert.Contains("\"method\":\"witness_interview\",\"outcome\":\"contradicts\"", step, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"discredited\",\"credibility\":\"truth_cannot_be_judged\"", assessed, StringComparison.Ordinal);
        Assert.Contains("\"occurred\":\"2015-11-18\"", recorded, StringComparison.Ordinal);
        Assert.Contains("\"coordinates\":{\"latitude\":34.4536,\"longitude\":40.9187,\"precisionMetres\":2000}", recorded, StringComparison.Ordinal);
        Assert.DoesNotContain("allNames", recorded, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_publication_date_serializes_as_null() =>
        Assert.Contains(
            "\"publishedOn\":null",
            JsonSerializer.Serialize(EveryEvent.OfType<ClaimCited>().Single() with { PublishedOn = null }, Json.Web),
            StringComparison.Ordinal);

    [Fact]
    public void Source_kinds_are_stored_as_snake_case() =>
        Assert.Equal("\"social_media\"", JsonSerializer.Serialize(SourceKind.SocialMedia, Json.Web));

    [Fact]
    public void Enum_numbers_are_refused_when_reading() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ClaimAssessed>(
            "{\"incidentId\":\"" + Sample.IncidentId + "\",\"claimId\":\"" + Sample.ClaimId + "\",\"status\":2,\"credibility\":\"doubtful\",\"rationale\":\"r\"}",
            Json.Web));
}
