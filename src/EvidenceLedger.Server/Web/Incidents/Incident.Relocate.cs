using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Incidents.PlaceAliasing;
using EvidenceLedger.Evidence.Incidents.Relocating;
using EvidenceLedger.Evidence.Texts;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Web.Incidents.Editing;
using EvidenceLedger.Server.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace EvidenceLedger.Server.Web.Incidents;

/// <summary>The "Revise the incident" forms of the place (name and coordinates) and of another spelling of it.</summary>
public sealed partial class IncidentModel
{
    public const string PlaceForm = "revise-place";
    public const string AliasForm = "add-place-alias";
    private static readonly string[] PlaceFields = ["placeName", .. CoordinateFields.Names("coordinates"), "reason"];
    private static readonly string[] AliasFields = ["alias"];

    [RequiresPolicy(LedgerPolicies.Write)]
    public async Task<IActionResult> OnPostRelocateAsync(Guid id, string? placeName, string? reason, long expectedVersion, CancellationToken ct)
    {
        var form = FormState.Posted(PlaceForm, Request.Form);
        var coordinates = CoordinateFields.Read(Request.Form, "coordinates", ref form);
        if (form.HasErrors)
        {
            // The coordinates never reach the domain, so the other fields are checked here to name every problem at once.
            var others = Rejection.FirstOf([
                FreeText.Required(placeName, "placeName", "A place name", TextLimits.Name),
                FreeText.Required(reason, "reason", "A reason for the relocation", TextLimits.Reason)]);
            return await InvalidAsync(id, others is null ? form : form.WithRejection(others, PlaceFields), ct);
        }
        var outcome = await DecideAsync(new RelocateIncident(id, placeName ?? "", coordinates, reason ?? ""), expectedVersion, ct);
        return await AfterAsync(id, outcome, form, PlaceFields, "incident-relocated", ReviseForms, ct);
    }

    [RequiresPolicy(LedgerPolicies.Write)]
    public async Task<IActionResult> OnPostAddPlaceAliasAsync(Guid id, string? alias, long expectedVersion, CancellationToken ct)
    {
        var form = FormState.Posted(AliasForm, Request.Form);
        var outcome = await DecideAsync(new AddIncidentPlaceAlias(id, alias ?? ""), expectedVersion, ct);
        return await AfterAsync(id, outcome, form, AliasFields, "place-alias-added", ReviseForms, ct);
    }
}
