namespace EvidenceLedger.Server.Users.Bootstrapping;

/// <summary>The first admin's token when this start created it, for the start-up banner to show once; never logged.</summary>
public sealed class FirstRunSignIn
{
    public string? AdminName { get; private set; }

    public string? Token { get; private set; }

    public void Created(string adminName, string token) => (AdminName, Token) = (adminName, token);

    /// <summary>The sign-in page with the token in its fragment: a browser fills the form from it and signs in.</summary>
    public string? Link(string signInPage) => Token is null ? null : $"{signInPage}#token={Uri.EscapeDataString(Token)}";
}
