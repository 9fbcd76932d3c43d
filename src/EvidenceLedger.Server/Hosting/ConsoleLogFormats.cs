using Microsoft.Extensions.Logging.Console;

namespace EvidenceLedger.Server.Hosting;

/// <summary>
/// The console log: one line per entry by default, JSON lines with <c>Logging:Console:FormatterName=json</c>. Both
/// formatters read the same options, and appsettings.json ends the timestamp with a space for the one-line format (it
/// writes the level right after it); a JSON line gets the timestamp without it.
/// </summary>
public static class ConsoleLogFormats
{
    public static ILoggingBuilder AddLedgerConsole(this ILoggingBuilder logging)
    {
        logging.AddConsole();
        logging.Services.PostConfigure<JsonConsoleFormatterOptions>(options => options.TimestampFormat = options.TimestampFormat?.TrimEnd());
        return logging;
    }
}
