using System.Diagnostics;
using EvidenceLedger.Server.Tests.Exporting;

namespace EvidenceLedger.Server.Tests.Hosting.Support;

/// <summary>How a test starts <c>dotnet evidence-ledger.dll …</c> in a process of its own, output redirected.</summary>
internal static class LedgerProgram
{
    public static ProcessStartInfo StartInfo(string? workingDirectory, params string[] arguments)
    {
        var program = Path.Combine(AppContext.BaseDirectory, "evidence-ledger.dll");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? Exporting_an_incident.Tool("dotnet");
        Assert.True(dotnet is not null && File.Exists(program), "dotnet or the server's program is not at hand.");
        var start = new ProcessStartInfo(dotnet!) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (workingDirectory is not null) start.WorkingDirectory = workingDirectory;
        start.ArgumentList.Add(program);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        return start;
    }
}
