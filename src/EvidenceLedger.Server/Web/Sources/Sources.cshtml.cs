using EvidenceLedger.Evidence.Sources;
using EvidenceLedger.Server.Evidence.Sources;
using EvidenceLedger.Server.Evidence.Sources.Similar;
using EvidenceLedger.Server.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace EvidenceLedger.Server.Web.Sources;

/// <summary>
/// Every source, found by any word of its name or an alias and by kind, with its current reliability grade; and, for
/// roles that may write, the form that registers one (in <c>Sources.Register.cs</c>).
/// </summary>
public sealed partial class SourcesModel(SourceQueries sources, SourceCommands commands, SimilarSources similar) : LedgerPageModel
{
    public const string SearchForm = "source-search";

    public IReadOnlyList<SourceDocument> Found { get; private set; } = [];

    public bool IsFiltered { get; private set; }

    private string? _q;
    private string? _kind;

    public AsOfPicker Picker => new(WebRoutes.Sources, AsOf, AsOfError, [new("q", _q), new("kind", _kind)]);

    public AsOfBanner? Banner => AsOf is { } at ? new AsOfBanner(at, Picker.PresentUrl) : null;

    public async Task<IActionResult> OnGetAsync(string? q, string? kind, string? asOf, CancellationToken ct)
    {
        if (ReadAsOf(asOf) is { } refusal)
            return refusal;
        Form = FormState.Queried(SearchForm, [new("q", q), new("kind", kind)]);
        await ListAsync(q, kind, ct);
        return Page();
    }

    private async Task ListAsync(string? q, string? kind, CancellationToken ct)
    {
        (_q, _kind) = (q, kind);
        IsFiltered = !string.IsNullOrWhiteSpace(q) || !string.IsNullOrWhiteSpace(kind);
        var filter = new SourceFilter(q, FormValues.OptionalEnum<SourceKind>(kind) is { } chosen && Enum.IsDefined(chosen) ? chosen : null);
        Found = await sources.ListAsync(filter, Limit, ct);
    }
}
