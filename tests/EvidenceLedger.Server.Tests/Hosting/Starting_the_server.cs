using Microsoft.Extensions.Configuration;
using EvidenceLedger.Server.Hosting;
using EvidenceLedger.Testing.Server;

namespace EvidenceLedger.Server.Tests.Hosting;

public sealed class Starting_the_server(LedgerServer server) : IClassFixture<LedgerServer>
{
    [Fact]
    public async Task The_banner_names_the_address_listened_on_and_the_sign_in_page_in_one_line()
    {
        using var output = new StringWriter();
        using var client = server.Anonymous();

        StartupBanner.Print(server.Services, output);

        var line = Assert.Single(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var address = client.BaseAddress!.ToString().TrimEnd('/');
        Assert.Contains($"listening on {address}", line, StringComparison.Ordinal);
        Assert.Contains($"sign in at {address}/sign-in", line, StringComparison.Ordinal);
        Assert.True((await client.GetAsync("/sign-in")).IsSuccessStatusCode);
    }

    [Fact]
    public async Task The_keys_that_sign_the_forms_are_kept_in_a_folder_only_its_owner_can_open()
    {
        using var client = server.Anonymous();
        Assert.True((await client.GetAsync("/sign-in")).IsSuccessStatusCode);

        var folder = Path.Combine(LedgerDatabaseBootstrap.DataDirectory(server.Get<IConfiguration>()), "form-keys");
        Assert.NotEmpty(Directory.GetFiles(folder));
        if (OperatingSystem.IsWindows()) return;
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
    }

    [Theory]
    [InlineData("http://[::]:8080", "http://localhost:8080/sign-in")]
    [InlineData("http://0.0.0.0:8080", "http://localhost:8080/sign-in")]
    [InlineData("http://+:8080", "http://localhost:8080/sign-in")]
    [InlineData("http://127.0.0.1:5000", "http://127.0.0.1:5000/sign-in")]
    [InlineData("https://ledger.example.org", "https://ledger.example.org/sign-in")]
    public void A_wildcard_address_is_shown_as_one_a_browser_can_open(string listening, string signIn) =>
        Assert.Equal(signIn, StartupBanner.SignInPage(listening));

    [Fact]
    public void The_shipped_defaults_keep_requests_out_of_the_logs_and_anything_configured_overrides_them()
    {
        var shipped = new ConfigurationManager();
        ShippedDefaults.AddTo(shipped);
        var configured = new ConfigurationManager();
        configured.AddInMemoryCollection([new("Logging:LogLevel:Microsoft.AspNetCore", "Information")]);
        ShippedDefaults.AddTo(configured);

        Assert.Equal("Warning", shipped["Logging:LogLevel:Microsoft.AspNetCore"]);
        Assert.Equal("true", shipped["Logging:Console:FormatterOptions:SingleLine"], ignoreCase: true);
        Assert.Equal("Information", configured["Logging:LogLevel:Microsoft.AspNetCore"]);
        // Its only warning is that the form keys are not encrypted, which they deliberately are not (FormKeys).
        Assert.Equal("Error", shipped["Logging:LogLevel:Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager"]);
    }
}
