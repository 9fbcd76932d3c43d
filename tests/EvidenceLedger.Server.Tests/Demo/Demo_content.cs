using EvidenceLedger.Evidence.Claims;
using EvidenceLedger.Evidence.Claims.Assessing;
using EvidenceLedger.Evidence.Claims.Citing;
using EvidenceLedger.Evidence.Claims.Correcting;
using EvidenceLedger.Evidence.Claims.Recording;
using EvidenceLedger.Evidence.Claims.Retracting;
using EvidenceLedger.Evidence.Claims.Verifying;
using EvidenceLedger.Evidence.Incidents.Recording;
using EvidenceLedger.Evidence.Sources.Registering;
using EvidenceLedger.Evidence.Sources.Regrading;
using EvidenceLedger.Server.Demo;
using NodaTime;

namespace EvidenceLedger.Server.Tests.Demo;

public sealed class Demo_content
{
    private static readonly IReadOnlyList<object> Commands =
        DemoDataSet.Steps(Instant.FromUtc(2026, 3, 1, 9, 0)).Select(step => step.Command).ToList();

    [Fact]
    public void It_has_incidents_in_al_Bukamal_and_Deir_ez_Zor_with_their_other_spellings()
    {
        var incidents = Commands.OfType<RecordIncident>().ToList();
        Assert.True(incidents.Count >= 2);
        var alBukamal = Assert.Single(incidents.Select(incident => incident.Place).Distinct(), place => place.Name == "al-Bukamal");
        var deirEzZor = Assert.Single(incidents.Select(incident => incident.Place).Distinct(), place => place.Name == "Deir ez-Zor");
        Assert.Contains("Albu Kamal", alBukamal.Aliases);
        Assert.Contains("Deir e-Zor", deirEzZor.Aliases);
        Assert.NotNull(alBukamal.Coordinates);
        Assert.NotNull(deirEzZor.Coordinates);
    }

    [Fact]
    public void It_corrects_retracts_verifies_contests_and_corroborates_claims()
    {
        Assert.NotEmpty(Commands.OfType<CorrectClaim>());
        Assert.NotEmpty(Commands.OfType<RetractClaim>());
        Assert.True(Commands.OfType<RecordVerificationStep>().Count() >= 3);
        Assert.True(Commands.OfType<RecordVerificationStep>().Select(step => step.Method).Distinct().Count() >= 3);
        Assert.Contains(Commands.OfType<AssessClaim>(), assessment => assessment.Status == ClaimStatus.Contested);
        Assert.Contains(Commands.OfType<AssessClaim>(), assessment => assessment.Status == ClaimStatus.Corroborated);
    }

    [Fact]
    public void Sources_are_graded_and_one_is_regraded_with_a_rationale()
    {
        var sources = Commands.OfType<RegisterSource>().ToList();
        Assert.True(sources.Count >= 5);
        Assert.True(sources.Select(source => source.Reliability).Distinct().Count() >= 3);
        var regrade = Assert.Single(Commands.OfType<RegradeSourceReliability>());
        Assert.False(string.IsNullOrWhiteSpace(regrade.Rationale));
    }

    [Fact]
    public void Counts_keep_only_what_the_reports_commit_to()
    {
        var counts = Commands.OfType<RecordClaim>().Where(claim => claim.Count is not null).Select(claim => (claim.Count!.Min, claim.Count.Max)).ToList();
        Assert.Contains((31, null), counts);
        Assert.Contains((4, 4), counts);
        Assert.Contains((16, null), counts);
        Assert.Contains((36, null), counts);
    }

    [Fact]
    public void Every_count_keeps_the_phrase_its_report_used()
    {
        var phrases = Commands.OfType<RecordClaim>().Where(claim => claim.Count is not null).Select(claim => claim.Count!.AsReported).ToList();
        Assert.All(phrases, phrase => Assert.False(string.IsNullOrWhiteSpace(phrase)));
        Assert.Contains("more than 30 IS members killed", phrases);
        Assert.Contains("tens of its foreign fighters killed", phrases);
    }

    [Fact]
    public void The_same_steps_and_ids_come_out_every_time()
    {
        var now = Instant.FromUtc(2026, 3, 1, 9, 0);
        Assert.Equal(DemoDataSet.Steps(now), DemoDataSet.Steps(now));

        var later = DemoDataSet.Steps(now.Plus(Duration.FromDays(30)));
        Assert.Equal(Ids(DemoDataSet.Steps(now)), Ids(later));
    }

    private static List<string> Ids(IEnumerable<DemoStep> steps) =>
        steps.Select(step => step.Command switch
        {
            RecordIncident record => $"{record.IncidentId}",
            RecordClaim claim => $"{claim.IncidentId}/{claim.ClaimId}",
            RecordVerificationStep verification => $"{verification.ClaimId}/{verification.StepId}",
            CiteDocument cite => $"{cite.ClaimId}/{cite.CitationId}",
            RegisterSource source => $"{source.SourceId}",
            _ => step.Command.GetType().Name,
        }).ToList();
}
