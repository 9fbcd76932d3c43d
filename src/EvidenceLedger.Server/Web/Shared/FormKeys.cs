using EvidenceLedger.Server.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace EvidenceLedger.Server.Web.Shared;

/// <summary>
/// The keys that sign the forms' antiforgery tokens live with the ledger's other keys (Ledger:DataDirectory), so a form
/// opened before a restart, or served by another server process, is still accepted.
/// </summary>
public static class FormKeys
{
    public static IServiceCollection PersistFormKeys(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("evidence-ledger");
        services.AddOptions<KeyManagementOptions>().Configure<IConfiguration, ILoggerFactory>((options, configuration, loggers) =>
            options.XmlRepository = new FileSystemXmlRepository(
                new DirectoryInfo(Path.Combine(LedgerDatabaseBootstrap.DataDirectory(configuration), "form-keys")), loggers));
        return services;
    }
}
