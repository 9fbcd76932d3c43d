using EvidenceLedger.EventStore.Reading;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Evidence.Sources;
using EvidenceLedger.Server.Evidence.Sources.ProtectingIdentity;
using EvidenceLedger.Server.Evidence.Sources.Viewing;
using EvidenceLedger.Server.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace EvidenceLedger.Server.Web.Sources;

/// <summary>
/// One source: its facts and aliases, every claim attributed to it, and every grade it has held with who gave it, when
/// and why. The forms that change it are in the <c>Source.*.cs</c> files beside this one.
/// </summary>
public sealed partial class SourceModel(SourceQueries sources, SourceCommands commands, CitingClaims citing) : LedgerPageModel
{
    public SourceDocument Source { get; private set; } = null!;

    public IReadOnlyList<CitingClaim> Claims { get; private set; } = [];

    /// <summary>The sources marked as the same as this one: their claims are listed as its own.</summary>
    public IReadOnlyList<SourceDocument> SameSources { get; private set; } = [];

    /// <summary>The source this one was marked as the same as, if it was.</summary>
    public SourceDocument? SameAs { get; private set; }

    /// <summary>The choices of the same-as form: every other source not itself marked as the same as another.</summary>
    public IReadOnlyList<FieldOption> OtherSources { get; private set; } = [];

    public string? Done { get; private set; }

    /// <summary>The decrypted protected identity, read only for admins (as the API shows it only to them).</summary>
    public ProtectedIdentityDetails? Identity { get; private set; }

    public bool OffersAdmin => User.May(LedgerPolicies.Admin);

    public AsOfPicker Picker => new(WebRoutes.Source(Source.Id), AsOf, AsOfError, []);

    public AsOfBanner? Banner => AsOf is { } at ? new AsOfBanner(at, WebRoutes.Source(Source.Id)) : null;

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, string? asOf, CancellationToken ct)
    {
        if (ReadAsOf(asOf) is { } refusal)
            return refusal;
        Done = SourceDoneMessages.For(done);
        return await LoadAsync(id, ct) ? Page() : Missing(id);
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await sources.GetAsync(id, Limit, ct) is not { } source)
            return false;
        Source = source;
        SameSources = IsAsOfView
            ? (await sources.ListAsync(SourceFilter.All, Limit, ct)).Where(other => other.SameAsSourceId == id).ToList()
            : await sources.MarkedSameAsAsync(id, ct);
        if (source.SameAsSourceId is { } sameAs)
            SameAs = await sources.GetAsync(sameAs, Limit, ct);
        Claims = await citing.OfAsync(SameSources.Select(same => same.Id).Prepend(id), Limit, ct);
        if (OffersWrites && SameAs is null)
            OtherSources = FormOptions.Sources((await sources.ListAsync(SourceFilter.All, ReadLimit.None, ct)).Where(other => other.Id != id && other.SameAsSourceId is null));
        if (OffersAdmin)
            Identity = await sources.RevealIdentityAsync(id, Limit, ct);
        return true;
    }

    private ViewResult Missing(Guid id) => NotFoundPage.For(
        AsOf is { } at
            ? new("Not registered yet", $"Source {id} had not been registered as of {Display.Time(at)}.", new AsOfBanner(at, WebRoutes.Source(id)))
            : new("No such source", $"There is no source with id {id}.", null),
        ModelState);
}
