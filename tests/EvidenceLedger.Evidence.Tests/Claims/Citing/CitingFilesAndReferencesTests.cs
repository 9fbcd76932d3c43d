using EvidenceLedger.Evidence.Claims.Citing;
using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Tests.Support;

namespace EvidenceLedger.Evidence.Tests.Claims.Citing;

public class CitingFilesAndReferencesTests
{
    private const string Excerpt = "A medic at the field hospital said more than thirty people were killed.";
    private static readonly UploadedFile Transcript = new(new string('a', 64), 2_048, "text/plain", "interview T-17.txt");

    private static CiteDocument Cite(string? url = null, string? fileSha256 = null, UploadedFile? uploaded = null, string? reference = null) =>
        new(Sample.IncidentId, Sample.ClaimId, Sample.CitationId, "Interview with a medic", url, null, null, Excerpt, Sample.Now, fileSha256, uploaded, reference);

    private static ClaimCited Cited(UploadedFile? file = null, string? reference = null) =>
        new(Sample.IncidentId, Sample.ClaimId, Sample.CitationId, "Interview with a medic", null, null, null, Excerpt, file, reference);

    [Fact]
    public void Citing_an_uploaded_file_records_its_sha256_size_media_type_and_name() =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded)
            .When(Cite(fileSha256: new string('A', 64), uploaded: Transcript))
            .Then(Cited(file: Transcript));

    [Fact]
    public void Citing_an_offline_document_records_where_it_is_kept() =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded)
            .When(Cite(reference: "  Transcript T-17, archive box 14 "))
            .Then(Cited(reference: "Transcript T-17, archive box 14"));

    [Fact]
    public void Citing_a_file_the_store_does_not_hold_is_invalid() =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded)
            .When(Cite(fileSha256: new string('b', 64), uploaded: null))
            .ThenRejected(RejectionKind.Invalid, "fileSha256");

    [Fact]
    public void Citing_no_document_names_every_way_to_give_one()
    {
        var rejection = Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded).When(Cite()).ThenInvalid("url");
        Assert.Equal(["url", "fileSha256", "reference"], rejection.All.Select(r => r.Field));
    }

    [Fact]
    public void Citing_two_documents_at_once_names_both()
    {
        var rejection = Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded)
            .When(Cite(url: "https://example.org/a", fileSha256: Transcript.Sha256, uploaded: Transcript)).ThenInvalid("url");
        Assert.Equal(["url", "fileSha256"], rejection.All.Select(r => r.Field));
    }

    [Fact]
    public void The_same_passage_of_the_same_offline_document_is_cited_once() =>
        Incident.Given(Sample.IncidentRecorded, Sample.ClaimRecorded, Cited(reference: "Box 14") with { CitationId = Guid.NewGuid() })
            .When(Cite(reference: "Box 14"))
            .ThenRejected(RejectionKind.Conflict, "excerpt");
}
