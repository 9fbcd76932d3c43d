using EvidenceLedger.Evidence.Incidents;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Evidence.Claims.Csv;
using EvidenceLedger.Server.Evidence.Common;
using EvidenceLedger.Server.Evidence.Incidents;
using EvidenceLedger.Server.Evidence.Incidents.Deciding;
using EvidenceLedger.Server.Evidence.Sources;
using EvidenceLedger.Server.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine;

namespace EvidenceLedger.Server.Web.Incidents;

/// <summary>
/// An incident: its facts, then each claim as a card, with the forms that change them (for roles that may write, and
/// only in the present). The handlers, one per form, are in the <c>Incident.*.cs</c> files beside this one.
/// </summary>
public sealed partial class IncidentModel(
    IncidentQueries incidents,
    IMessageBus bus,
    SourceQueries sourceQueries,
    SourceCommands sourceCommands,
    IClock clock) : LedgerPageModel
{
    public IncidentDocument Incident { get; private set; } = null!;

    /// <summary>
    /// The sources by id: every one when the page offers forms (their choices), otherwise those the claims name — as of
    /// the page's instant.
    /// </summary>
    public IReadOnlyDictionary<Guid, SourceDocument> Sources { get; private set; } = new Dictionary<Guid, SourceDocument>();

    /// <summary>The choices of the forms' source fields: <see cref="Sources"/>, as options.</summary>
    public IReadOnlyList<FieldOption> SourceOptions { get; private set; } = [];

    public string? Done { get; private set; }

    /// <summary>The source the log-claim form starts with (one just registered).</summary>
    public Guid? ChosenSource { get; private set; }

    public AsOfPicker Picker => new(WebRoutes.Incident(Incident.Id), AsOf, AsOfError, []);

    public AsOfBanner? Banner => AsOf is { } at ? new AsOfBanner(at, WebRoutes.Incident(Incident.Id)) : null;

    public async Task<IActionResult> OnGetAsync(Guid id, string? asOf, string? done, Guid? source, string? csv, CancellationToken ct)
    {
        if (ReadAsOf(asOf) is { } refusal)
            return refusal;
        Done = DoneMessages.For(done);
        ChosenSource = source;
        if (!await LoadAsync(id, ct))
            return Missing(id);
        return csv == "true"
            ? File(System.Text.Encoding.UTF8.GetBytes(ClaimListCsv.Write(Incident)), "text/csv; charset=utf-8", ClaimListCsv.FileName(id))
            : Page();
    }

    /// <summary>The incident's claims as shown (as of the page's instant, if any), as CSV.</summary>
    public string ClaimsCsvUrl =>
        WebRoutes.Incident(Incident.Id) + QueryString.Create(new Dictionary<string, string?> { ["csv"] = "true", [AsOfInput.ParameterName] = AsOf is { } at ? AsOfInput.Format(at) : null }
            .Where(pair => pair.Value is not null));

    /// <summary>Decides a form's command on the incident for the signed-in user, refused if the incident changed since the form was rendered.</summary>
    private Task<CommandOutcome> DecideAsync(IIncidentCommand command, long expectedVersion, CancellationToken ct) =>
        bus.InvokeAsync<CommandOutcome>(DecideIncident.For(command, User.Actor(), expectedVersion), ct);

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        IReadOnlyList<SourceDocument> sources;
        if (OffersWrites)
        {
            var incident = await incidents.GetAsync(id, Limit, ct);
            if (incident is null)
                return false;
            (Incident, sources) = (incident, await sourceQueries.ListAsync(SourceFilter.All, Limit, ct));
        }
        else
        {
            var named = await incidents.GetWithSourcesAsync(id, Limit, ct);
            if (named is null)
                return false;
            (Incident, sources) = (named.Incident, named.Sources);
        }
        Sources = sources.ToDictionary(source => source.Id);
        SourceOptions = FormOptions.Sources(sources);
        return true;
    }

    private ViewResult Missing(Guid id) => NotFoundPage.For(
        AsOf is { } at
            ? new("Not recorded yet", $"Incident {id} had not been recorded as of {Display.Time(at)}.", new AsOfBanner(at, WebRoutes.Incident(id)))
            : new("No such incident", $"There is no incident with id {id}.", null),
        ModelState);
}
