namespace EvidenceLedger.Server.Web.Incidents;

/// <summary>
/// The confirmation shown after a form was accepted. The redirect that follows every accepted form carries only a key,
/// so reloading the page never submits the form again.
/// </summary>
public static class DoneMessages
{
    private static readonly Dictionary<string, string> Messages = new(StringComparer.Ordinal)
    {
        ["incident-recorded"] = "The incident was recorded.",
        ["claim-logged"] = "The claim was logged.",
        ["claim-corrected"] = "The correction was recorded; the earlier wording stays in the claim's history.",
        ["claim-redated"] = "The claim's new date was recorded; the earlier one stays in the provenance.",
        ["claim-retracted"] = "The claim was retracted. It stays on record, marked as retracted.",
        ["source-cited"] = "The citation was added.",
        ["step-recorded"] = "The verification step was recorded.",
        ["claim-assessed"] = "The assessment was recorded.",
        ["source-registered"] = "The source was registered; it is selected in the form to log a claim.",
        ["incident-described"] = "The title and summary were revised; the earlier ones stay in the provenance timeline.",
        ["incident-redated"] = "The new date was recorded.",
        ["incident-relocated"] = "The new place was recorded.",
        ["place-alias-added"] = "The spelling was added; searches by it find the incident.",
        ["demo-loaded"] = "The demo data set was loaded.",
    };

    public static string? For(string? key) => key is null ? null : Messages.GetValueOrDefault(key);
}
