using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace EvidenceLedger.Testing.Server;

/// <summary>A whole-ledger verification over the API as a client runs one: start it (202), follow its status URL until it has finished.</summary>
public static class Verifying
{
    /// <summary>The finished run's report.</summary>
    public static async Task<JsonElement> VerifyLedgerAsync(this HttpClient client, object? body = null)
    {
        using var started = body is null ? await client.PostAsync("/api/ledger/verify", null) : await client.PostAsJsonAsync("/api/ledger/verify", body);
        if (started.StatusCode != HttpStatusCode.Accepted)
            throw new InvalidOperationException($"POST /api/ledger/verify answered {(int)started.StatusCode}: {await started.Content.ReadAsStringAsync()}");
        var location = started.Headers.Location ?? throw new InvalidOperationException("The 202 has no Location.");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var status = await client.GetFromJsonAsync<JsonElement>(location);
            switch (status.GetProperty("status").GetString())
            {
                case "finished":
                    return status.GetProperty("report").Clone();
                case "failed":
                    throw new InvalidOperationException("The verification could not finish: " + status.GetProperty("failure").GetString());
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The verification did not finish within a minute.");
            await Task.Delay(50);
        }
    }
}
