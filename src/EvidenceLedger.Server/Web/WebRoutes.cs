namespace EvidenceLedger.Server.Web;

/// <summary>The addresses of the pages, in one place so links and redirects agree with the pages' routes.</summary>
public static class WebRoutes
{
    public const string SignIn = "/sign-in";
    public const string SignOut = "/sign-out";
    public const string Incidents = "/incidents";
    public const string NewIncident = "/incidents/new";
    public const string ImportIncidents = "/incidents/import";
    public const string Exports = "/exports";
    public const string Verify = "/ledger/verify";
    public const string Users = "/users";
    public const string Sources = "/sources";

    public static string Incident(Guid incidentId) => $"/incidents/{incidentId:D}";

    public static string Source(Guid sourceId) => $"/sources/{sourceId:D}";

    public static string Provenance(Guid incidentId) => $"/incidents/{incidentId:D}/provenance";

    public static string ClaimHistory(Guid incidentId, Guid claimId) => $"/incidents/{incidentId:D}/claims/{claimId:D}/history";

    public static string VerifyRun(Guid runId) => $"/ledger/verify/{runId:D}";
}
