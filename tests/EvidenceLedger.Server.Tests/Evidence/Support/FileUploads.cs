using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;

namespace EvidenceLedger.Server.Tests.Evidence.Support;

/// <summary>Uploading files as a client does: multipart/form-data with the field <c>file</c>.</summary>
public static class FileUploads
{
    /// <summary>A transcript's text, different on every call unless <paramref name="text"/> is given.</summary>
    public static byte[] Transcript(string? text = null) =>
        System.Text.Encoding.UTF8.GetBytes(text ?? $"Interview transcript T-{Guid.NewGuid():N}: a resident of al-Bukamal describes the gun battle.");

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static async Task<HttpResponseMessage> Upload(this HttpClient client, byte[] bytes, string fileName, string? mediaType, string field = "file")
    {
        using var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(bytes);
        if (mediaType is not null) content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
        form.Add(content, field, fileName);
        return await client.PostAsync("/api/files", form);
    }

    /// <summary>Uploads and returns the answer, asserting 201.</summary>
    public static async Task<JsonElement> Uploaded(this HttpClient client, byte[] bytes, string fileName = "transcript.txt", string mediaType = "text/plain") =>
        await (await client.Upload(bytes, fileName, mediaType)).Expect(HttpStatusCode.Created);
}
