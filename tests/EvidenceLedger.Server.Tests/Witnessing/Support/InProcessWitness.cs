using System.Text;
using EvidenceLedger.Integrity.Witnessing;
using EvidenceLedger.Server.Witnessing.Serving;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace EvidenceLedger.Server.Tests.Witnessing.Support;

/// <summary>The witness server on a free loopback port over a state directory, as <c>witness</c> runs it, in this process.</summary>
internal sealed class InProcessWitness : IAsyncDisposable
{
    private readonly WebApplication _app;

    private InProcessWitness(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    public WitnessVerifierKey Key => _app.Services.GetRequiredService<WitnessService>().Signer.VerifierKey;

    public static async Task<InProcessWitness> StartAsync(DirectoryInfo state, string logVerifierKey, IClock? clock = null)
    {
        var app = WitnessServer.Create(new WitnessServerOptions(state, logVerifierKey, "http://127.0.0.1:0", "witness.test/w1"),
            clock ?? SystemClock.Instance);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new InProcessWitness(app, new HttpClient { BaseAddress = new Uri(address) });
    }

    public async Task<HttpResponseMessage> AddCheckpointAsync(string body)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        return await Client.PostAsync(AddCheckpointEndpoint.Route, content);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
