using System.Net.Sockets;
using System.Text;
using EvidenceLedger.Testing.Server;

namespace EvidenceLedger.Server.Tests.Evidence.Http;

/// <summary>A client sending its body a byte a second (below Kestrel's minimum data rate) gets a 408, not a 500, and appends nothing.</summary>
public sealed class A_body_trickling_in(LedgerServer server) : IClassFixture<LedgerServer>
{
    [Fact]
    public async Task Is_answered_408_and_appends_nothing()
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.BaseAddress.Host, server.BaseAddress.Port);
        await using var stream = client.GetStream();
        const string body = """{"title":"slow","occurred":"2015","place":{"name":"al-Bukamal"}}""";
        var head = $"POST /api/incidents HTTP/1.1\r\nHost: {server.BaseAddress.Authority}\r\nAuthorization: Bearer {LedgerServer.AdminToken}\r\n"
            + $"Content-Type: application/json\r\nContent-Length: {body.Length}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));

        var answer = new StringBuilder();
        var reading = ReadAllAsync(stream, answer);
        for (var i = 0; i < body.Length - 1 && !reading.IsCompleted; i++)
        {
            try
            {
                await stream.WriteAsync(Encoding.ASCII.GetBytes(body[i].ToString()));
            }
            catch (IOException)
            {
                break; // the server has given up on us
            }
            await Task.WhenAny(reading, Task.Delay(1000));
        }
        await Task.WhenAny(reading, Task.Delay(15_000));

        Assert.StartsWith("HTTP/1.1 408", answer.ToString(), StringComparison.Ordinal);
        using var admin = server.Admin();
        Assert.DoesNotContain("\"slow\"", await admin.GetStringAsync("/api/incidents?q=slow"), StringComparison.Ordinal);
    }

    private static async Task ReadAllAsync(NetworkStream stream, StringBuilder answer)
    {
        var buffer = new byte[4096];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer)) > 0) answer.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }
        catch (IOException)
        {
        }
    }
}
