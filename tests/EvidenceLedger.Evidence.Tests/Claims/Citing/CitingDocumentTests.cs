using EvidenceLedger.Evidence.Claims.Citing;
using EvidenceLedger.Evidence.Claims.Retracting;
using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Tests.Support;
using EvidenceLedger.Evidence.Dates;

namespace EvidenceLedger.Evidence.Tests.Claims.Citing;

public class CitingDocumentTests
{
    private const string Url = "https://syriadirect.org/news/market-strike-bukamal/";
    private const string Sha256 = "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08";
    private const string Excerpt = "  “More than thirty people were killed,” a medic at the field hospital said.";

    private static CiteDocument Cite(
        string url = Url, string? sha256 = Sha256, string excerpt = Excerpt, string? publishedOn = null, Guid? citationId = null, string title = " Strike on Bukamal market ") =>
        new(Sample.IncidentId, Sample.ClaimId, citationId ?? Sample.CitationId, title, url, publishedOn ?? "2015-11-19", sha256, excerpt, Sample.Now);

    private static ClaimCited Cited => new(
        Sample.IncidentId, Sample.ClaimId, Sample.CitationId, "Strike on Bukamal market", Url, ImpreciseDate.Parse("2015-11-19"), Sha256.ToLowerInvariant(), Excerpt);

    [Fact]
    public void Citing_a_document_links_it_to_the_claim_with_the_exact_excerpt_and_a_canonical_digest() =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded)
            .When(Cite())
            .Then(Cited);

    [Fact]
    public void A_citation_may_lack_a_publication_date_and_a_captured_original() =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded)
            .When(Cite(sha256: " ") with { PublishedOn = null })
            .Then(Cited with { PublishedOn = null, Sha256 = null });

    [Fact]
    public void Citing_for_a_claim_on_an_unrecorded_incident_is_not_found() =>
        Incident.Given()
            .When(Cite())
            .ThenRejected(RejectionKind.NotFound, "incidentId");

    [Fact]
    public void Citing_for_an_unknown_claim_is_not_found() =>
        Incident.Given(Sample.IncidentRecorded)
            .When(Cite())
            .ThenRejected(RejectionKind.NotFound, "claimId");

    [Fact]
    public void Citing_for_a_retracted_claim_is_rejected() =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded, new ClaimRetracted(Sample.IncidentId, Sample.ClaimId, "Withdrawn."))
            .When(Cite())
            .ThenRejected(RejectionKind.Conflict, "claimId");

    [Fact]
    public void Citing_under_a_citation_id_already_used_is_a_conflict() =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded, Cited)
            .When(Cite(url: "https://example.org/other"))
            .ThenRejected(RejectionKind.Conflict, "citationId");

    [Fact]
    public void Citing_the_same_passage_of_the_same_document_again_is_a_conflict() =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded, Cited)
            .When(Cite(citationId: Guid.NewGuid()))
            .ThenRejected(RejectionKind.Conflict, "excerpt");

    [Fact]
    public void Citing_another_passage_of_the_same_document_is_allowed() =>
        Assert.True(Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded, Cited)
            .When(Cite(citationId: Guid.NewGuid(), excerpt: "The strike came at noon."))
            .Decision.IsAccepted);

    [Theory]
    [InlineData("")]
    [InlineData("syriadirect.org/news/market-strike-bukamal/")]
    [InlineData("/news/market-strike-bukamal/")]
    [InlineData("ftp://syriadirect.org/report.pdf")]
    [InlineData("file:///tmp/report.pdf")]
    [InlineData("javascript:alert(1)")]
    [InlineData(" https://syriadirect.org/news/")]
    public void Citing_a_document_without_an_absolute_web_address_is_rejected(string url) =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded)
            .When(Cite(url: url))
            .ThenInvalid("url");

    [Theory]
    [InlineData("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0")]
    [InlineData("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a088")]
    [InlineData("zf86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")]
    [InlineData("sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f")]
    public void Citing_with_a_malformed_digest_is_rejected(string sha256) =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded)
            .When(Cite(sha256: sha256))
            .ThenInvalid("sha256");

    [Theory]
    [InlineData("")]
    [InlineData(" \n ")]
    public void Citing_without_the_excerpt_relied_on_is_rejected(string excerpt) =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded)
            .When(Cite(excerpt: excerpt))
            .ThenInvalid("excerpt");

    [Fact]
    public void Citing_a_document_without_a_title_is_rejected() =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded)
            .When(Cite(title: ""))
            .ThenInvalid("title");

    [Fact]
    public void Citing_a_document_published_after_today_is_rejected() =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded)
            .When(Cite(publishedOn: "2024-03-12"))
            .ThenInvalid("publishedOn");

    [Fact]
    public void Citing_without_a_citation_id_is_rejected() =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded)
            .When(Cite(citationId: Guid.Empty))
            .ThenInvalid("citationId");

    [Theory]
    [InlineData("25 November 2015", "2015-11-25")]
    [InlineData("25/11/2015", "2015-11-25")]
    [InlineData("November 2015", "2015-11")]
    [InlineData("2015?", "2015?")]
    [InlineData("spring 2015", "2015-21")]
    [InlineData("2015-11-25", "2015-11-25")]
    public void A_publication_date_may_be_as_imprecise_as_is_known_and_is_kept_as_edtf(string given, string edtf) =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded)
            .When(Cite(publishedOn: given))
            .Then(Cited with { PublishedOn = ImpreciseDate.Parse(edtf) });

    [Fact]
    public void A_blank_publication_date_is_unknown() =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded)
            .When(Cite(publishedOn: "  "))
            .Then(Cited with { PublishedOn = null });

    [Theory]
    [InlineData("last Tuesday")]
    [InlineData("31/02/2015")]
    [InlineData("2999")]
    public void An_unreadable_or_future_publication_date_is_rejected(string given) =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded)
            .When(Cite(publishedOn: given))
            .ThenInvalid("publishedOn");
}
