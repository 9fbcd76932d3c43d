using System.Reflection;
using EvidenceLedger.Server.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace EvidenceLedger.Server.Web.Shared;

/// <summary>
/// Every page needs a signed-in user (except those marked <see cref="AllowAnonymousAttribute"/>): anyone else is sent to
/// sign in and brought back afterwards. A page or handler marked <see cref="RequiresPolicyAttribute"/> is refused with
/// 403 to roles the policy does not allow, even though the pages never offer such actions to them.
/// </summary>
public sealed class SignedInPageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (context.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any())
        {
            await next();
            return;
        }
        if (http.User.Identity?.IsAuthenticated != true)
        {
            // A cookie that no longer authenticates (an unknown token) is of no use to keep.
            if (http.Request.Cookies.ContainsKey(SessionCookie.Name))
                SessionCookies.Remove(http.Response);
            context.Result = new RedirectResult(WebRoutes.SignIn + "?returnUrl=" + Uri.EscapeDataString(http.Request.Path + http.Request.QueryString));
            return;
        }
        var authorization = http.RequestServices.GetRequiredService<IAuthorizationService>();
        foreach (var policy in RequiredPolicies(context))
        {
            if (!(await authorization.AuthorizeAsync(http.User, policy)).Succeeded)
            {
                context.Result = Refusals.For(policy, context.ModelState);
                return;
            }
        }
        await next();
    }

    private static IEnumerable<string> RequiredPolicies(PageHandlerExecutingContext context) =>
        context.HandlerInstance.GetType().GetCustomAttributes<RequiresPolicyAttribute>()
            .Concat(context.HandlerMethod?.MethodInfo.GetCustomAttributes<RequiresPolicyAttribute>() ?? [])
            .Select(required => required.Policy);
}
