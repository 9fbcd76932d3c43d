using System.Globalization;
using System.Text.Json;
using EvidenceLedger.Server.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace EvidenceLedger.Server.Tests.Hosting;

public sealed class Logging_as_json_lines
{
    [Fact]
    public void A_json_log_line_has_a_utc_timestamp_a_collector_can_read_and_each_template_value_as_a_field()
    {
        var configuration = new ConfigurationManager();
        configuration.AddInMemoryCollection([new("Logging:Console:FormatterName", "json")]);
        ShippedDefaults.AddTo(configuration);
        using var services = new ServiceCollection()
            .AddLogging(logging => logging.AddConfiguration(configuration.GetSection("Logging")).AddLedgerConsole())
            .BuildServiceProvider();
        var formatter = services.GetServices<ConsoleFormatter>().Single(f => f.Name == ConsoleFormatterNames.Json);

        using var line = new StringWriter();
        var state = new Dictionary<string, object?> { ["Port"] = 5432, ["{OriginalFormat}"] = "Started PostgreSQL on {Port}" };
        formatter.Write(new LogEntry<IReadOnlyList<KeyValuePair<string, object?>>>(LogLevel.Warning, "Ledger", new EventId(1), state.ToList(), null,
            (_, _) => "Started PostgreSQL on 5432"), new LoggerExternalScopeProvider(), line);

        using var entry = JsonDocument.Parse(line.ToString());
        var timestamp = entry.RootElement.GetProperty("Timestamp").GetString()!;
        Assert.True(DateTimeOffset.TryParseExact(timestamp, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _),
            $"'{timestamp}' is not a UTC timestamp");
        Assert.Equal("Warning", entry.RootElement.GetProperty("LogLevel").GetString());
        Assert.Equal(5432, entry.RootElement.GetProperty("State").GetProperty("Port").GetInt32());
    }
}
