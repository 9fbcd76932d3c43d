namespace EvidenceLedger.Server.CommandLine;

/// <summary>The configuration of the commands that never build the app: appsettings.json, then environment variables.</summary>
public static class CommandConfiguration
{
    public static IConfiguration Load() =>
        new ConfigurationBuilder().AddJsonFile("appsettings.json", optional: true).AddEnvironmentVariables().Build();
}
