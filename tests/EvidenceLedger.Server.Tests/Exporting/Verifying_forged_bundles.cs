using EvidenceLedger.Integrity.Checkpoints;
using EvidenceLedger.Server.Exporting.Bundle;
using EvidenceLedger.Server.Exporting.VerifyingBundles;
using EvidenceLedger.Server.Tests.Exporting.Support;

namespace EvidenceLedger.Server.Tests.Exporting;

/// <summary>
/// Bundles altered and then re-chained, re-proven, re-recorded and re-signed with a forger's own key under the ledger's
/// name: consistent in every part, so only the trusted key tells them apart — and what still fails inside them.
/// </summary>
public sealed class Verifying_forged_bundles(AlteredBundles bundles) : IClassFixture<AlteredBundles>
{
    [Fact]
    public async Task An_unpinned_forgery_is_internally_consistent_but_never_confirmed()
    {
        var copy = bundles.Copy();
        copy.ReplaceJson(copy.IncidentStream, stream => stream["events"]![1]!["data"]!["statement"] = "On Wednesday, no one was killed").ReplayViews();
        var forger = await BundleForgery.ForgeAsync(copy);

        var unpinned = BundleVerifier.Verify(copy.Zip(), TrustedKeys.None);
        var pinned = BundleVerifier.Verify(copy.Zip(), bundles.Trusted);

        Assert.True(unpinned.Ok, unpinned.Failure?.ToString());
        Assert.False(unpinned.Confirmed);
        Assert.Equal(TrustedKeys.Fingerprint(new NoteVerifier(forger.VerifierKey)), unpinned.Key?.Fingerprint);
        Assert.False(pinned.Ok);
        Assert.Equal(BundlePaths.PublicKey, pinned.Failure?.File);
        Assert.Contains("not the pinned key", pinned.Failure!.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forgery_trusted_by_mistake_still_fails_where_its_custody_differs_from_its_export_event()
    {
        var copy = bundles.Copy();
        copy.ReplaceJson(BundlePaths.Description, json => json["exportedBy"] = "legal-someone-else");
        var forger = await BundleForgery.ForgeAsync(copy);

        var failure = Failure(copy, forger.VerifierKey);

        Assert.Equal(BundlePaths.Description, failure.File);
        Assert.Equal("exportedBy", failure.Location);
        Assert.Contains("\"legal-someone-else\", but the ledger's export event records", failure.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_cited_source_fails_the_view_check_instead_of_being_skipped()
    {
        var copy = bundles.Copy();
        var soundAndPicture = $"streams/source-{bundles.Incident.SoundAndPicture}.json";
        copy.DropStream(soundAndPicture).ReplayViews();
        var forger = await BundleForgery.ForgeAsync(copy);

        var failure = Failure(copy, forger.VerifierKey);

        Assert.Equal(soundAndPicture, failure.File);
        Assert.Contains($"relies on source {bundles.Incident.SoundAndPicture}, but the bundle holds no stream of it", failure.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(BundlePaths.AsOfExportView)]
    [InlineData(BundlePaths.CurrentView)]
    public async Task A_view_the_events_do_not_replay_to_names_the_json_path_and_both_values(string view)
    {
        var copy = bundles.Copy();
        copy.ReplaceJson(view, json => json["incident"]!["claims"]![0]!["statement"] = "On Wednesday, no one was killed");
        var forger = await BundleForgery.ForgeAsync(copy);

        var failure = Failure(copy, forger.VerifierKey);

        Assert.Equal(view, failure.File);
        Assert.Equal("$.incident.claims[0].statement", failure.Location);
        Assert.Contains("\"On Wednesday, no one was killed\"", failure.Problem, StringComparison.Ordinal);
        Assert.Contains(DocumentedIncident.CorrectedStatement, failure.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_export_event_of_another_type_is_refused()
    {
        var copy = bundles.Copy();
        copy.ReplaceJson(BundlePaths.ExportEvent, record => record["event"]!["type"] = "incident_export_sealed");
        var forger = await BundleForgery.ForgeAsync(copy);

        var failure = Failure(copy, forger.VerifierKey);

        Assert.Equal(BundlePaths.ExportEvent, failure.File);
        Assert.Equal("event.type", failure.Location);
    }

    /// <summary>Verifies trusting the forger's key, as someone handed that key along with the bundle might.</summary>
    private static BundleFailure Failure(BundleZipFiles copy, string forgersKey)
    {
        var verification = BundleVerifier.Verify(copy.Zip(), TrustedKeys.Of(forgersKey));
        Assert.False(verification.Ok, "The forged bundle verified.");
        return verification.Failure!;
    }
}
