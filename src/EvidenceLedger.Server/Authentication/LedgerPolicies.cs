using EvidenceLedger.Server.Users;

namespace EvidenceLedger.Server.Authentication;

/// <summary>
/// The role matrix. documenter: create and change, read. legal: read, export. auditor: read, history,
/// point-in-time, verify. admin: everything, plus users and shredding.
/// </summary>
public static class LedgerPolicies
{
    public const string Read = "read";
    public const string Write = "write";
    public const string History = "history";
    public const string Export = "export";
    public const string Verify = "verify";
    public const string Admin = "admin";

    public static IServiceCollection AddLedgerAuthorization(this IServiceCollection services)
    {
        services.AddAuthentication(BearerTokenHandler.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(Read, p => p.RequireRole(Role.All))
            .AddPolicy(Write, p => p.RequireRole(Role.Documenter, Role.Admin))
            .AddPolicy(History, p => p.RequireRole(Role.Auditor, Role.Admin))
            .AddPolicy(Export, p => p.RequireRole(Role.Legal, Role.Admin))
            .AddPolicy(Verify, p => p.RequireRole(Role.Auditor, Role.Admin))
            .AddPolicy(Admin, p => p.RequireRole(Role.Admin));
        return services;
    }

    /// <summary>Whether a role may use a policy: the same matrix, for pages that hide what a role may not do.</summary>
    public static bool Allows(string policy, string? role) => role is not null && policy switch
    {
        Read => Role.IsKnown(role),
        Write => role is Role.Documenter or Role.Admin,
        History or Verify => role is Role.Auditor or Role.Admin,
        Export => role is Role.Legal or Role.Admin,
        Admin => role is Role.Admin,
        _ => false,
    };
}
