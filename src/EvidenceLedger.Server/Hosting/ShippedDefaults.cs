using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace EvidenceLedger.Server.Hosting;

/// <summary>
/// The <c>appsettings.json</c> built beside the program, whatever directory it runs from (<c>ops/ledger</c> keeps the
/// caller's): the defaults every other source overrides — an <c>appsettings.json</c> in the working directory,
/// environment variables, the command line. Its logging keeps requests (paths, query strings: search words, reasons) out
/// of the logs at default levels, leaving the start-up banner and what needs attention, one line each.
/// </summary>
public static class ShippedDefaults
{
    public const string FileName = "appsettings.json";

    public static void AddTo(IConfigurationManager configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        configuration.Sources.Insert(0, new JsonConfigurationSource
        {
            FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
            Path = FileName,
            Optional = true,
        });
    }
}
