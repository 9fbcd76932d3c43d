using System.Net;
using System.Text.RegularExpressions;
using EvidenceLedger.EventStore;
using EvidenceLedger.Server.Authentication;
using EvidenceLedger.Testing.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EvidenceLedger.Server.Tests.Web;

/// <summary>
/// Every POST handler of every page — found from the server's own endpoints, so a page added later is covered too —
/// refuses a form posted with a valid session cookie but without its antiforgery token: 400, the page saying the form
/// was not accepted, and nothing appended.
/// </summary>
public sealed partial class Every_page_form_needs_its_antiforgery_token(LedgerServer server) : IClassFixture<LedgerServer>
{
    [Fact]
    public async Task A_form_posted_without_its_token_is_refused_by_every_page_handler_and_appends_nothing()
    {
        var handlers = await PostHandlersAsync();
        Assert.True(handlers.Count >= 10, $"Expected the pages' POST handlers, found: {string.Join(", ", handlers)}");
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = server.BaseAddress };
        var before = await EventCountAsync();

        var accepted = new List<string>();
        foreach (var url in handlers)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url)
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["reason"] = "Posted from another site.", ["token"] = LedgerServer.AdminToken }),
            };
            request.Headers.Add("Cookie", $"{SessionCookie.Name}={LedgerServer.AdminToken}");
            var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.BadRequest || !body.Contains("This form was not accepted", StringComparison.Ordinal))
                accepted.Add($"{url}: {(int)response.StatusCode}");
        }

        Assert.Empty(accepted);
        Assert.Equal(before, await EventCountAsync());
    }

    /// <summary>Each page's POST handlers as URLs (route values filled with fresh ids, the handler by name).</summary>
    private async Task<List<string>> PostHandlersAsync()
    {
        var loader = server.Services.GetRequiredService<PageLoader>();
        var urls = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not { } page) continue;
            var compiled = await loader.LoadAsync(page, endpoint.Metadata);
            var path = "/" + RouteParameter().Replace(endpoint.RoutePattern.RawText ?? "", _ => Guid.NewGuid().ToString());
            foreach (var handler in compiled.HandlerMethods.Where(h => string.Equals(h.HttpMethod, HttpMethods.Post, StringComparison.OrdinalIgnoreCase)))
                urls.Add(handler.Name is null ? path : $"{path}?handler={handler.Name}");
        }
        return [.. urls];
    }

    private async Task<long> EventCountAsync()
    {
        await using var command = server.Get<LedgerEventStore>().DataSource.CreateCommand("SELECT count(*) FROM ledger.events");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
