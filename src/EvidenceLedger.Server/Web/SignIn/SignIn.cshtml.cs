using EvidenceLedger.Server.Users;
using EvidenceLedger.Server.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EvidenceLedger.Server.Web.SignIn;

[AllowAnonymous]
public sealed class SignInModel(UserTokens tokens) : PageModel
{
    public string? ReturnUrl { get; private set; }

    public string? Error { get; private set; }

    public void OnGet(string? returnUrl) => ReturnUrl = returnUrl;

    public async Task<IActionResult> OnPostAsync(string? token, string? returnUrl)
    {
        ReturnUrl = returnUrl;
        var trimmed = token?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            Error = "Paste the token you were given.";
            return Page();
        }
        var user = await tokens.FindAsync(trimmed, HttpContext.RequestAborted);
        if (user is null)
        {
            Error = "This token is not recognised. Check that it was copied whole, or ask an administrator for a new one.";
            return Page();
        }
        SessionCookies.Set(Response, trimmed);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : WebRoutes.Incidents);
    }
}
