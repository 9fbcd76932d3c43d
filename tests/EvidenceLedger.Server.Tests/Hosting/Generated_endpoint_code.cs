using EvidenceLedger.Server.Hosting;
using EvidenceLedger.Server.Tests.Evidence.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.Http;

namespace EvidenceLedger.Server.Tests.Hosting;

[CollectionDefinition(nameof(Generated_endpoint_code), DisableParallelization = true)]
public sealed class GeneratedCodeCollection;

/// <summary>
/// The evidence writes are Wolverine endpoints whose handler code is generated ahead of time and compiled in
/// (Internal/Generated): code that no longer matches an endpoint would run stale, and an endpoint with no code would
/// answer 404. Generating it flips a process-wide switch of Wolverine's, so this runs alone.
/// </summary>
[Collection(nameof(Generated_endpoint_code))]
public sealed class Generated_endpoint_code(EvidenceServer server) : IClassFixture<EvidenceServer>
{
    private static string CommittedFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EvidenceLedger.sln")))
                return Path.Combine(dir.FullName, "src", "EvidenceLedger.Server", LedgerWolverine.GeneratedFolder);
        }
        throw new InvalidOperationException("No EvidenceLedger.sln above the test binaries.");
    }

    [Fact]
    public void The_committed_code_is_what_the_endpoints_generate_now()
    {
        var stale = GeneratedCode.Differences(server.Services, CommittedFolder());

        Assert.True(stale.Count == 0,
            $"Stale generated code ({string.Join(", ", stale)}): run ./ops/ledger codegen write src/EvidenceLedger.Server/Internal/Generated and commit it.");
    }

    [Fact]
    public void Every_evidence_write_is_a_wolverine_endpoint()
    {
        var endpoints = server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .Where(endpoint => endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.Any(method => method is "POST" or "PUT") == true)
            .Where(endpoint => endpoint.RoutePattern.RawText!.StartsWith("/api/incidents", StringComparison.Ordinal)
                || endpoint.RoutePattern.RawText!.StartsWith("/api/sources", StringComparison.Ordinal)
                || endpoint.RoutePattern.RawText == "/api/imports")
            .ToList();

        Assert.Equal(19, endpoints.Count);
        Assert.All(endpoints, endpoint => Assert.NotNull(endpoint.Metadata.GetMetadata<HttpChain>()));
    }
}
