using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Mvc;

namespace EvidenceLedger.Server.Authentication;

/// <summary>An API 403 says which roles the action needs and which one the user has, as problem details.</summary>
public sealed class ForbiddenNamesTheRole(IProblemDetailsService problems) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (authorizeResult.Forbidden && context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            var roles = authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<RolesAuthorizationRequirement>()
                .SelectMany(requirement => requirement.AllowedRoles).Distinct().ToList() ?? [];
            await WriteAsync(problems, context, roles);
            return;
        }
        await _default.HandleAsync(next, context, policy, authorizeResult);
    }

    /// <summary>Writes the 403 for a user whose role is not among <paramref name="roles"/>.</summary>
    public static async Task WriteAsync(IProblemDetailsService problems, HttpContext context, IReadOnlyCollection<string> roles)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        var needed = roles.Count == 0 ? "another role" : $"the role {string.Join(" or ", roles)}";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "Your role may not do this.",
                Detail = $"This needs {needed}; you are signed in as {context.User.Role() ?? "no role"}. An admin can change your role.",
                Extensions = { ["requiredRoles"] = roles, ["yourRole"] = context.User.Role() },
            },
        });
    }
}
