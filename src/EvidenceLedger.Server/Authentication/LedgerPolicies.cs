using System.Collections.Frozen;
using EvidenceLedger.Server.Users;
using Microsoft.AspNetCore.Authentication;

namespace EvidenceLedger.Server.Authentication;

/// <summary>
/// The role matrix. documenter: create and change, read. legal: read, history and point-in-time (read-only: legal must
/// see what it exports), export, list exports. auditor: read, history, point-in-time, verify, list exports (auditors check
/// the custody chain too). admin: everything, plus users and shredding.
/// </summary>
public static class LedgerPolicies
{
    public const string Read = "read";
    public const string Write = "write";
    public const string History = "history";
    public const string Export = "export";
    public const string Verify = "verify";
    public const string Admin = "admin";
    public const string ListExports = "list-exports";

    /// <summary>The roles each policy admits: the authorization policies are made from it, and pages ask it what to offer.</summary>
    private static readonly FrozenDictionary<string, IReadOnlyList<string>> RolesByPolicy = new Dictionary<string, IReadOnlyList<string>>
    {
        [Read] = Role.All,
        [Write] = [Role.Documenter, Role.Admin],
        [History] = [Role.Legal, Role.Auditor, Role.Admin],
        [Export] = [Role.Legal, Role.Admin],
        [Verify] = [Role.Auditor, Role.Admin],
        [Admin] = [Role.Admin],
        [ListExports] = [Role.Legal, Role.Auditor, Role.Admin],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IServiceCollection AddLedgerAuthorization(this IServiceCollection services)
    {
        services.AddAuthentication(BearerTokenHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null);
        var authorization = services.AddAuthorizationBuilder();
        foreach (var (policy, roles) in RolesByPolicy)
            authorization.AddPolicy(policy, p => p.RequireRole(roles));
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, ForbiddenNamesTheRole>();
        return services;
    }

    /// <summary>The roles a policy admits, for telling a refused user which role they would need.</summary>
    public static IReadOnlyList<string> RolesFor(string policy) => RolesByPolicy.TryGetValue(policy, out var roles) ? roles : [];

    /// <summary>Whether a role may use a policy: the same matrix, for pages that hide what a role may not do.</summary>
    public static bool Allows(string policy, string? role) =>
        role is not null && RolesByPolicy.TryGetValue(policy, out var roles) && roles.Contains(role, StringComparer.Ordinal);
}
