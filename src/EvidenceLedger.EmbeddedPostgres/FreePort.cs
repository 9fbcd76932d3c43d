using System.Net;
using System.Net.Sockets;

namespace EvidenceLedger.EmbeddedPostgres;

internal static class FreePort
{
    /// <summary>A loopback port nobody listens on right now; the caller retries if someone takes it first.</summary>
    public static int Find()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
