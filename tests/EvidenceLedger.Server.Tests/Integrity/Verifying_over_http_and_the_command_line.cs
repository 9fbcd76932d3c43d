using System.Text.Json;
using System.Net;
using System.Net.Http.Json;
using EvidenceLedger.Server.CommandLine;
using EvidenceLedger.Server.Integrity.Keys;
using EvidenceLedger.Testing.Server;
using Microsoft.Extensions.Configuration;

namespace EvidenceLedger.Server.Tests.Integrity;

public sealed class Verifying_over_http_and_the_command_line(IntegrityServer server) : IClassFixture<IntegrityServer>
{
    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web);

    [Fact]
    public async Task An_auditor_verifies_an_intact_ledger_against_a_checkpoint_they_saved()
    {
        await server.AppendAsync("probe-verify-1", 4);
        var saved = await server.IntegrateAndSignAsync();
        await server.AppendAsync("probe-verify-1", 2);
        await server.IntegrateAndSignAsync();
        using var auditor = await server.ClientFor("auditor");

        var report = (await auditor.VerifyLedgerAsync(new { savedCheckpoint = saved.Note })).Deserialize<ReportBody>(Json)!;
        Assert.True(report.Ok, string.Join("\n", report.Problems.Select(p => p.Message)));
        Assert.Equal(saved.TreeSize, report.SavedCheckpointSize);
        Assert.True(report.LeavesChecked >= saved.TreeSize + 2);
    }

    [Fact]
    public async Task Verify_accepts_an_empty_body_and_answers_202_with_a_status_url_that_ends_with_the_report()
    {
        using var admin = server.Admin();

        var response = await admin.PostAsync("/api/ledger/verify", null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith("/api/ledger/verify/", location, StringComparison.Ordinal);
        var started = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.Equal(location, started.GetProperty("statusUrl").GetString());
        Assert.True((await admin.VerifyLedgerAsync()).GetProperty("ok").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/ledger/verify/{Guid.NewGuid()}")).StatusCode);
    }

    [Fact]
    public async Task A_second_request_joins_the_running_verification_and_another_kind_is_told_to_retry()
    {
        await server.AppendAsync("probe-verify-3", 3);
        var saved = await server.IntegrateAndSignAsync();
        using var admin = server.Admin();
        using var auditor = await server.ClientFor("auditor");

        var first = await admin.PostAsync("/api/ledger/verify", null);
        var second = await auditor.PostAsync("/api/ledger/verify", null);
        var other = await auditor.PostAsJsonAsync("/api/ledger/verify", new { savedCheckpoint = saved.Note });

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        var firstStatus = await admin.GetFromJsonAsync<System.Text.Json.JsonElement>(first.Headers.Location);
        if (firstStatus.GetProperty("status").GetString() == "running")
        {
            // Both arrived while it ran: one run, two followers, and the other kind must wait.
            Assert.Equal(first.Headers.Location, second.Headers.Location);
            Assert.True(other.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.Accepted);
            if (other.StatusCode == HttpStatusCode.TooManyRequests) Assert.True(other.Headers.RetryAfter is not null);
        }
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
    }

    [Theory]
    [InlineData("documenter")]
    [InlineData("legal")]
    public async Task Only_auditors_and_admins_may_verify(string role)
    {
        using var client = await server.ClientFor(role);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/ledger/verify", new { })).StatusCode);
    }

    [Fact]
    public async Task The_command_line_verifies_the_configured_database_and_exits_0()
    {
        await server.AppendAsync("probe-verify-2", 3);
        var saved = await server.IntegrateAndSignAsync();
        var savedFile = Path.Combine(server.DataDirectory, "saved-checkpoint.txt");
        await File.WriteAllTextAsync(savedFile, saved.Note);
        using var output = new StringWriter();

        var exit = await VerifyCommand.RunAsync(Configuration(), new FileInfo(savedFile), key: null, json: null, output, CancellationToken.None);

        Assert.True(exit == VerifyCommand.Verified, output.ToString());
        Assert.Contains("VERIFIED", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_signing_key_is_kept_owner_only_and_its_verifier_key_published_beside_it()
    {
        var keys = Path.Combine(server.DataDirectory, "keys");
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(keys, LedgerKeyFiles.SignerFileName)));
        }

        using var reader = await server.ClientFor("documenter");
        var key = (await reader.GetFromJsonAsync<LedgerPublicKey>("/api/ledger/public-key"))!;
        Assert.Equal(key.VerifierKey, (await File.ReadAllTextAsync(Path.Combine(keys, LedgerKeyFiles.VerifierFileName))).Trim());
    }

    [Fact]
    public async Task A_missing_saved_checkpoint_file_is_a_usage_error()
    {
        using var output = new StringWriter();
        var exit = await VerifyCommand.RunAsync(Configuration(), new FileInfo("/nonexistent/checkpoint"), null, null, output, CancellationToken.None);
        Assert.Equal(VerifyCommand.UsageError, exit);
    }

    private IConfiguration Configuration() => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["ConnectionStrings:Ledger"] = server.AppConnectionString,
        ["ConnectionStrings:LedgerOwner"] = server.AdminConnectionString,
        ["Ledger:DataDirectory"] = server.DataDirectory,
    }).Build();
}
