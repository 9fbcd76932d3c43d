using System.Text;

namespace EvidenceLedger.Server.Tests.Fuzzing;

/// <summary>One request of the run, as sent, with the mutations that made it; its description reproduces it in a failure message.</summary>
internal sealed record FuzzRequest(
    FuzzRoute Route,
    string Caller,
    string Url,
    byte[]? Body,
    string? ContentType,
    string? IfMatch,
    IReadOnlyList<string> Mutations)
{
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(Route.Method, Url);
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body);
            if (ContentType is not null) message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        }
        if (IfMatch is not null) message.Headers.TryAddWithoutValidation("If-Match", IfMatch);
        return message;
    }

    public override string ToString()
    {
        var body = Body is null ? "" : Encoding.UTF8.GetString(Body);
        if (body.Length > 300) body = body[..300] + $"… ({Body!.Length} bytes)";
        var url = Url.Length > 300 ? Url[..300] + "…" : Url;
        return $"{Route.Method} {url} as {Caller}, content type {ContentType ?? "none"}, If-Match {IfMatch ?? "none"}; "
            + $"mutations: {(Mutations.Count == 0 ? "none" : string.Join("; ", Mutations))}; body: {body}";
    }
}
