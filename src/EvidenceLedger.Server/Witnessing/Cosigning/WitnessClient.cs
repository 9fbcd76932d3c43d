using System.Globalization;
using System.Text;
using EvidenceLedger.Integrity.Witnessing;
using EvidenceLedger.Server.Witnessing.Serving;

namespace EvidenceLedger.Server.Witnessing.Cosigning;

/// <summary>Posts checkpoints to witnesses (C2SP tlog-witness add-checkpoint), each request bounded by the client's timeout.</summary>
public sealed class WitnessClient(HttpClient http)
{
    public async Task<WitnessReply> AddCheckpointAsync(Uri witness, AddCheckpointRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(witness);
        ArgumentNullException.ThrowIfNull(request);
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(request.Format()));
        using var response = await http.PostAsync(new Uri(witness.AbsoluteUri.TrimEnd('/') + AddCheckpointEndpoint.Route), content, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        var status = (int)response.StatusCode;
        long? size = status == StatusCodes.Status409Conflict
            && string.Equals(response.Content.Headers.ContentType?.MediaType, AddCheckpointEndpoint.SizeContentType, StringComparison.OrdinalIgnoreCase)
            && long.TryParse(body.TrimEnd('\n'), NumberStyles.None, CultureInfo.InvariantCulture, out var held)
                ? held
                : null;
        return new WitnessReply(status, body, size);
    }
}
