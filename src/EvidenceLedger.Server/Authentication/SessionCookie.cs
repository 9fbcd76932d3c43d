namespace EvidenceLedger.Server.Authentication;

public static class SessionCookie
{
    /// <summary>Holds the bearer token for the web pages: HttpOnly, SameSite=Strict.</summary>
    public const string Name = "ledger_session";
}
