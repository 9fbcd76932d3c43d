using EvidenceLedger.Server.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EvidenceLedger.Server.Web.SignIn;

[AllowAnonymous]
public sealed class SignOutModel : PageModel
{
    public IActionResult OnGet() => Redirect(WebRoutes.Incidents);

    public IActionResult OnPost()
    {
        SessionCookies.Remove(Response);
        return Redirect(WebRoutes.SignIn);
    }
}
