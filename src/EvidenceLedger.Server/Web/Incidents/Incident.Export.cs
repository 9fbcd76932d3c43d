using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Server.Exporting.Building;
using EvidenceLedger.Server.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace EvidenceLedger.Server.Web.Incidents;

public sealed partial class IncidentModel
{
    public const string ExportForm = "export";

    /// <summary>
    /// Hands out the incident's provenance bundle. A POST, not a link: every export is recorded in the ledger (who, when,
    /// why), so it is a change like any other form's, protected against cross-site requests.
    /// </summary>
    [RequiresPolicy(LedgerPolicies.Export)]
    public async Task<IActionResult> OnPostExportAsync(Guid id, string? reason, string? maxFileMegabytes, [FromServices] IncidentExporter exporter, CancellationToken ct)
    {
        var form = FormState.Posted(ExportForm, Request.Form);
        if (ExportReason.Problem(reason) is { } invalid)
            form = form.WithError(invalid.Field, invalid.Reason);
        if (!MaxFileBytes.TryReadMegabytes(maxFileMegabytes, out var largestFile))
            form = form.WithError("maxFileMegabytes", MaxFileBytes.ExpectedMegabytes);
        if (form.HasErrors)
            return await InvalidAsync(id, form, ct);
        try
        {
            if (await exporter.ExportAsync(id, User.Actor(), reason, largestFile, ct) is { } export)
                return File(export.Bundle, "application/zip", export.FileName);
            return Missing(id);
        }
        catch (LogNotReadyException notReady)
        {
            return await LoadAsync(id, ct) ? ShowAgain(form.WithError(FormState.WholeForm, notReady.Message), StatusCodes.Status503ServiceUnavailable) : Missing(id);
        }
    }
}
