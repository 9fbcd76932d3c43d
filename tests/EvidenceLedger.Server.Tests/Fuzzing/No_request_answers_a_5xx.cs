using System.Diagnostics;
using System.Net;
using System.Text.Json;
using EvidenceLedger.Server.Hosting;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Users;
using EvidenceLedger.Testing.Server;
using Xunit.Abstractions;

namespace EvidenceLedger.Server.Tests.Fuzzing;

/// <summary>
/// Thousands of requests across every route and query parameter of the API (and the pages that read query values),
/// valid ones spoilt with NUL, lone surrogates, huge strings, wrong JSON types, numbers and dates out of range, EDTF
/// junk, unknown members, deep nesting, empty bodies and wrong content types: none may answer a 5xx, and none that is
/// refused may append anything. The seed is printed; <c>LEDGER_FUZZ_SEED</c> replays a run (or <c>random</c> tries a new
/// one) and <c>LEDGER_FUZZ_REQUESTS</c> changes how many requests it makes.
/// </summary>
public sealed class No_request_answers_a_5xx(EvidenceServer server, ITestOutputHelper output) : IClassFixture<EvidenceServer>
{
    internal const string BogusToken = "bogus token";

    private const int DefaultRequests = 5_000;

    /// <summary>The status recorded when the connection was closed while an oversized body was still being sent.</summary>
    private const int ConnectionClosed = 0;

    /// <summary>The status recorded when the server dropped the connection without answering.</summary>
    private const int ConnectionDropped = 599;

    [Fact]
    public async Task Fuzzed_requests_never_answer_a_5xx_and_refused_ones_append_nothing()
    {
        var seed = FuzzSeed.Read();
        var count = int.TryParse(Environment.GetEnvironmentVariable("LEDGER_FUZZ_REQUESTS"), out var n) ? n : DefaultRequests;
        output.WriteLine($"fuzz seed {seed} ({FuzzSeed.Variable}={seed} replays this run), {count} requests");
        var context = new FuzzContext(new Random(seed));
        var requests = new FuzzRequests(context);
        await using var ledger = new LedgerEventCount(server.AdminConnectionString);
        var failures = new List<string>();
        var statuses = new SortedDictionary<int, int>();

        // Every caller's client is made first: making one registers a user, which appends.
        foreach (var caller in new[] { Role.Admin, Role.Documenter, Role.Legal, Role.Auditor, LedgerServer.NoOne }) await server.As(caller);
        foreach (var name in new[] { "register source", "register source", "record incident", "record incident", "register user", "attach identity" })
            await SendAsync(requests.Valid(Route(name)), context);
        for (var i = 0; i < 6; i++) await SendAsync(requests.Valid(Route("record claim")), context);

        var clock = Stopwatch.StartNew();
        var events = await ledger.ReadAsync();
        for (var i = 0; i < count && failures.Count < 25; i++)
        {
            var request = requests.Next(FuzzRoutes.All);
            var (status, answer) = await SendAsync(request, context);
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            var after = await ledger.ReadAsync();
            var mayAppend = request.Route.Kind == RouteKind.Write && status is >= 200 and < 300;
            if (status >= 500) failures.Add($"#{i}: {status} for {request}\n  answer: {Short(answer)}");
            else if (!mayAppend && after != events) failures.Add($"#{i}: {status} refused yet the ledger went from {events} to {after} events: {request}");
            events = after;
        }
        clock.Stop();

        output.WriteLine($"{count} requests in {clock.Elapsed.TotalSeconds:F1} s; statuses: {string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}"))}; {events} events; {_retried} resent after a dropped connection");
        Assert.True(failures.Count == 0, $"seed {seed} ({FuzzSeed.Variable}={seed} replays it):\n{string.Join("\n", failures)}");
    }

    private static FuzzRoute Route(string name) => FuzzRoutes.All.Single(route => route.Name == name);

    private async Task<(int Status, string Answer)> SendAsync(FuzzRequest request, FuzzContext context)
    {
        var (status, answer) = await SendOnceAsync(request, context);
        if (status != ConnectionDropped) return (status, answer);
        // A pooled connection the server closed after refusing an oversized body may fail the next request before it is
        // sent; a request the server itself drops fails again.
        _retried++;
        return await SendOnceAsync(request, context);
    }

    private int _retried;

    private async Task<(int Status, string Answer)> SendOnceAsync(FuzzRequest request, FuzzContext context)
    {
        using var message = request.ToMessage();
        var client = await ClientAsync(request);
        try
        {
            using var response = await client.SendAsync(message);
            var answer = await response.Content.ReadAsStringAsync();
            if (response.IsSuccessStatusCode) Remember(request, answer, context.Ids);
            return ((int)response.StatusCode, answer);
        }
        catch (HttpRequestException) when (request.Body?.Length > LedgerApp.MaxRequestBodyBytes)
        {
            // The server may refuse a body over the limit before it has all been sent, and close the connection on it.
            return (ConnectionClosed, "");
        }
        catch (HttpRequestException e)
        {
            // A connection dropped without an answer is as bad as a 5xx.
            return (ConnectionDropped, e.ToString());
        }
    }

    private async Task<HttpClient> ClientAsync(FuzzRequest request)
    {
        if (request.Route.Kind == RouteKind.Page) return _pages ??= PageClient();
        if (request.Caller == BogusToken) return _bogus ??= server.WithToken("elt_no-such-token");
        return await server.As(request.Caller);
    }

    private HttpClient? _pages;
    private HttpClient? _bogus;

    private HttpClient PageClient()
    {
        var client = server.Anonymous();
        client.DefaultRequestHeaders.Add("Cookie", $"ledger_session={LedgerServer.AdminToken}");
        return client;
    }

    /// <summary>Keeps the ids a successful creation answers with, so that later requests reach them.</summary>
    private static void Remember(FuzzRequest request, string answer, KnownIds ids)
    {
        if (request.Route.Method != HttpMethod.Post && request.Route.Method != HttpMethod.Put) return;
        Guid id;
        try
        {
            using var json = JsonDocument.Parse(answer);
            if (!json.RootElement.TryGetProperty("id", out var idElement) || !idElement.TryGetGuid(out id)) return;
        }
        catch (JsonException)
        {
            return;
        }
        switch (request.Route.Name)
        {
            case "register source": ids.AddSource(id); break;
            case "record incident": ids.AddIncident(id); break;
            case "register user": ids.AddUser(id); break;
            case "record claim": ids.AddClaim(Guid.Parse(request.Url.Split('/')[3]), id); break;
        }
    }

    private static string Short(string text) => text.Length > 500 ? text[..500] + "…" : text;
}
