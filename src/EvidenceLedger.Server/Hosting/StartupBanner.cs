using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using EvidenceLedger.Server.Users.Bootstrapping;
using EvidenceLedger.Server.Web;

namespace EvidenceLedger.Server.Hosting;

/// <summary>The one thing a person starting the server needs to read: where it listens and where to go next.</summary>
public static class StartupBanner
{
    public static void Print(IServiceProvider services, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        var addresses = services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        if (addresses.Count == 0) return;
        var signIn = SignInPage(addresses.First());
        output.WriteLine($"EvidenceLedger is listening on {string.Join(", ", addresses)}. Next: sign in at {signIn}");
        var firstRun = services.GetService<FirstRunSignIn>();
        if (firstRun?.Link(signIn) is { } link)
        {
            output.WriteLine($"First run: no one could sign in yet, so the admin user '{firstRun.AdminName}' was created. Open this link to sign in as them");
            output.WriteLine($"(it holds their token, shown only now; keep it safe or issue new tokens from the Users page): {link}");
        }
    }

    /// <summary>The sign-in page under a listening address, a wildcard one (<c>http://[::]:8080</c>, <c>http://0.0.0.0:8080</c>, <c>http://+:8080</c>) as a browser can open it.</summary>
    public static string SignInPage(string address) => Browsable(address) + WebRoutes.SignIn;

    private static string Browsable(string address)
    {
        var uri = new Uri(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        var host = uri.Host is "0.0.0.0" or "[::]" or "::" ? "localhost" : uri.Host;
        return new UriBuilder(uri.Scheme, host, uri.Port).Uri.ToString().TrimEnd('/');
    }
}
