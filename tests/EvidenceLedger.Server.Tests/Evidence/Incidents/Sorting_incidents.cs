using System.Net;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Users;

namespace EvidenceLedger.Server.Tests.Evidence.Incidents;

public sealed class Sorting_incidents(EvidenceServer server) : IClassFixture<EvidenceServer>, IAsyncLifetime
{
    private Guid _bakery;
    private Guid _bridge;
    private Guid _clinic;

    /// <summary>Recorded bakery, bridge, clinic in that order; the bakery is revised last; by date the bridge (2013) comes first.</summary>
    public async Task InitializeAsync()
    {
        if (_bakery != Guid.Empty) return;
        var documenter = await server.As(Role.Documenter);
        _bakery = await documenter.RecordIncident(new { title = "Arrests at the bakery", occurred = "2015-11-18", place = new { name = "al-Mayadin" } });
        _bridge = await documenter.RecordIncident(new { title = "shelling of the bridge", occurred = "2013", place = new { name = "Deir ez-Zor" } });
        _clinic = await documenter.RecordIncident(new { title = "Raid on the clinic", occurred = "2014", place = new { name = "al-Ashara" } });
        await (await documenter.PostJson($"/api/incidents/{_bakery}/description", new { title = "Arrests at the old bakery", reason = "The market's old bakery." }))
            .Expect(HttpStatusCode.OK);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("", "clinic bridge bakery")]
    [InlineData("?sort=recorded", "clinic bridge bakery")]
    [InlineData("?sort=changed", "bakery clinic bridge")]
    [InlineData("?sort=occurred", "bridge clinic bakery")]
    [InlineData("?sort=title", "bakery clinic bridge")]
    public async Task The_list_comes_in_the_order_asked_for_newest_recorded_first_by_default(string query, string order)
    {
        Assert.Equal(order, await OrderAsync("/api/incidents" + query));
    }

    [Theory]
    [InlineData("recorded", "clinic bridge bakery")]
    [InlineData("changed", "bakery clinic bridge")]
    [InlineData("occurred", "bridge clinic bakery")]
    [InlineData("title", "bakery clinic bridge")]
    public async Task A_list_as_of_now_replayed_from_the_log_comes_in_the_same_order(string sort, string order)
    {
        var asOf = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddSeconds(1).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(order, await OrderAsync($"/api/incidents?sort={sort}&asOf={asOf}"));
    }

    [Fact]
    public async Task An_unknown_order_is_a_400_naming_sort_and_the_orders_there_are()
    {
        var problem = await (await (await server.As(Role.Legal)).GetAsync("/api/incidents?sort=newest")).Expect(HttpStatusCode.BadRequest);

        Assert.Contains("recorded, changed, occurred, title", problem.GetProperty("errors").GetProperty("sort")[0].GetString(), StringComparison.Ordinal);
    }

    private async Task<string> OrderAsync(string path)
    {
        var items = (await (await server.As(Role.Legal)).GetJson(path)).GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetGuid());
        var names = new Dictionary<Guid, string> { [_bakery] = "bakery", [_bridge] = "bridge", [_clinic] = "clinic" };
        return string.Join(' ', items.Where(names.ContainsKey).Select(id => names[id]));
    }
}
