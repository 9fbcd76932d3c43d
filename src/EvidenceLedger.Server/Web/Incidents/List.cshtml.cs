using EvidenceLedger.Evidence.Claims;
using EvidenceLedger.Server.Demo.Loading;
using EvidenceLedger.Server.Evidence.Incidents;
using EvidenceLedger.Server.Evidence.Incidents.Csv;
using EvidenceLedger.Server.Evidence.Incidents.Searching;
using EvidenceLedger.Server.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace EvidenceLedger.Server.Web.Incidents;

/// <summary>The incidents, newest first, found by words, by any spelling of their place, by when they occurred and by claim status.</summary>
public sealed partial class ListModel(IncidentQueries incidents, DemoLoader demo) : LedgerPageModel
{
    public const string SearchForm = "search";
    public const int PageSize = 25;

    public IncidentSearchResult Result { get; private set; } = new([], 0, 0, PageSize);

    /// <summary>Whether the ledger holds no incident at all (now): then writers are offered the demo data set.</summary>
    public bool LedgerIsEmpty { get; private set; }

    public string? Done { get; private set; }

    /// <summary>Writers are offered the demo data set while the ledger holds no incidents.</summary>
    public bool OffersDemo => LedgerIsEmpty && OffersWrites;

    public string? Text { get; private set; }

    public string? Place { get; private set; }

    public string? From { get; private set; }

    public string? To { get; private set; }

    public string? Status { get; private set; }

    /// <summary>The list's order (<see cref="IncidentSort"/>, snake_case); newest recorded first when not given.</summary>
    public string? Sort { get; private set; }

    public static IReadOnlyList<FieldOption> SortOptions { get; } =
    [
        new("recorded", "Newest recorded"),
        new("changed", "Last changed"),
        new("occurred", "When it occurred"),
        new("title", "Title (A–Z)"),
    ];

    public bool IsFiltered => !string.IsNullOrWhiteSpace(Text) || !string.IsNullOrWhiteSpace(Place) || !string.IsNullOrWhiteSpace(From)
        || !string.IsNullOrWhiteSpace(To) || !string.IsNullOrWhiteSpace(Status);

    public AsOfPicker Picker => new(WebRoutes.Incidents, AsOf, AsOfError, Filters);

    public AsOfBanner? Banner => AsOf is { } at ? new AsOfBanner(at, Picker.PresentUrl) : null;

    public IReadOnlyList<KeyValuePair<string, string?>> Filters =>
        [new("q", Text), new("place", Place), new("from", From), new("to", To), new("status", Status), new("sort", Sort)];

    public async Task<IActionResult> OnGetAsync(string? q, string? place, string? from, string? to, string? status, string? sort, string? asOf,
        string? done, int offset, bool csv, CancellationToken ct)
    {
        if (ReadAsOf(asOf) is { } refusal)
            return refusal;
        (Text, Place, From, To, Status, Sort) = (q, place, from, to, status, sort);
        Done = DoneMessages.For(done);
        Form = FormState.Queried(SearchForm, Filters);

        var occurredFrom = FormValues.Date(from, out var fromError);
        var occurredTo = FormValues.Date(to, out var toError);
        if (fromError is not null)
            Form = Form.WithError("from", fromError);
        if (toError is not null)
            Form = Form.WithError("to", toError);
        if (occurredFrom is { } start && occurredTo is { } end && end < start)
            Form = Form.WithError("to", "The end of the range is before its start.");
        if (Form.HasErrors)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var filter = new IncidentFilter(Blank(q), Blank(place), occurredFrom, occurredTo, FormValues.OptionalEnum<ClaimStatus>(status))
        {
            Sort = FormValues.Enum<IncidentSort>(sort),
        };
        if (csv)
        {
            var text = IncidentListCsv.Write(await incidents.AllMatchingAsync(filter, Limit, ct));
            return File(System.Text.Encoding.UTF8.GetBytes(text), "text/csv; charset=utf-8", "incidents.csv");
        }
        Result = await incidents.SearchAsync(filter, Limit, Math.Max(0, offset), PageSize, ct);
        LedgerIsEmpty = Result.Total == 0 && !IsFiltered && !IsAsOfView;
        return Page();
    }

    /// <summary>Every incident these filters find (not only this page), as CSV.</summary>
    public string CsvUrl =>
        WebRoutes.Incidents + QueryString.Create(Filters.Append(new(AsOfInput.ParameterName, AsOf is { } at ? AsOfInput.Format(at) : null))
            .Append(new("csv", "true")).Where(pair => !string.IsNullOrEmpty(pair.Value)));

    /// <summary>The address of another page of the same results.</summary>
    public string PageUrl(int offset) =>
        WebRoutes.Incidents + QueryString.Create(Filters.Append(new(AsOfInput.ParameterName, AsOf is { } at ? AsOfInput.Format(at) : null))
            .Append(new("offset", offset.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Where(pair => !string.IsNullOrEmpty(pair.Value)));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
