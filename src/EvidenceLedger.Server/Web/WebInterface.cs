using EvidenceLedger.Server.Integrity.Verifying;
using EvidenceLedger.Server.Web.Ledger;
using EvidenceLedger.Server.Web.Shared;
using Microsoft.AspNetCore.Mvc.ApplicationParts;

namespace EvidenceLedger.Server.Web;

/// <summary>The server-rendered pages for documentation staff, legal teams and auditors, on the same address as the API.</summary>
public static class WebInterface
{
    public static IServiceCollection AddWebInterface(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
            {
                options.RootDirectory = "/Web";
                options.Conventions.ConfigureFilter(new SignedInPageFilter());
                options.Conventions.ConfigureFilter(new PageSecurityHeaders());
                options.Conventions.ConfigureFilter(new ExpiredFormFilter());
            })
            .ConfigureApplicationPartManager(IncludeThisAssembly);
        services.AddSingleton<VerificationRuns>();
        services.PersistFormKeys();
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "ledger_antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.FormFieldName = "__antiforgery";
        });
        return services;
    }

    /// <summary>The stylesheet and script; in the pipeline before authentication, which they do not need.</summary>
    public static WebApplication UseWebAssets(this WebApplication app)
    {
        app.UseStaticFiles(WebAssets.StaticFileOptions);
        return app;
    }

    public static WebApplication MapWebInterface(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapGet("/", () => Results.Redirect(WebRoutes.Incidents)).ExcludeFromDescription();
        return app;
    }

    // Pages are found in the application's assembly; when another program hosts the app (the test host does), that is
    // not this one, and adding it a second time when it is would map every page twice.
    private static void IncludeThisAssembly(ApplicationPartManager manager)
    {
        var assembly = typeof(WebInterface).Assembly;
        if (manager.ApplicationParts.OfType<AssemblyPart>().Any(part => part.Assembly == assembly))
            return;
        foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
            manager.ApplicationParts.Add(part);
    }
}
