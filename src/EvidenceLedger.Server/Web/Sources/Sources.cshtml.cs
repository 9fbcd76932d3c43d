using EvidenceLedger.Evidence.Sources;
using EvidenceLedger.Server.Evidence.Sources;
using EvidenceLedger.Server.Evidence.Sources.Similar;
using EvidenceLedger.Server.Web.Shared;

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

    public Task OnGetAsync(string? q, string? kind, CancellationToken ct)
    {
        Form = FormState.Queried(SearchForm, [new("q", q), new("kind", kind)]);
        return ListAsync(q, kind, ct);
    }

    private async Task ListAsync(string? q, string? kind, CancellationToken ct)
    {
        IsFiltered = !string.IsNullOrWhiteSpace(q) || !string.IsNullOrWhiteSpace(kind);
        var filter = new SourceFilter(q, FormValues.OptionalEnum<SourceKind>(kind) is { } chosen && Enum.IsDefined(chosen) ? chosen : null);
        Found = await sources.ListAsync(filter, Limit, ct);
    }
}
