using EvidenceLedger.Server.Hosting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace EvidenceLedger.Server.Web.Shared;

/// <summary>
/// The keys that sign the forms' antiforgery tokens live with the ledger's other keys (Ledger:DataDirectory), so a form
/// opened before a restart, or served by another server process, is still accepted. Like those keys they are protected
/// by the file system (an owner-only folder), not encrypted: a key that encrypted them would sit in the same data
/// directory. So ASP.NET Core's warning that no XML encryptor is configured is expected, and appsettings.json raises
/// that logger's level above it instead of printing it on every start.
/// </summary>
public static class FormKeys
{
    public static IServiceCollection PersistFormKeys(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("evidence-ledger");
        services.AddOptions<KeyManagementOptions>().Configure<IConfiguration, ILoggerFactory>((options, configuration, loggers) =>
            options.XmlRepository = new FileSystemXmlRepository(Folder(configuration), loggers));
        return services;
    }

    // Tightened: a folder made by an earlier version was readable by everyone.
    private static DirectoryInfo Folder(IConfiguration configuration) =>
        OwnerOnlyFiles.CreateFolder(Path.Combine(LedgerDatabaseBootstrap.DataDirectory(configuration), "form-keys"), tighten: true);
}
