using System.Text;
using EvidenceLedger.Server.Tests.Evidence.Files;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Users;
using Xunit.Abstractions;

namespace EvidenceLedger.Server.Tests.Fuzzing;

/// <summary>
/// POST /api/files with seeded, spoilt multipart bodies (broken boundaries, cut-off parts, nasty file names and types,
/// stray fields, sizes around the limit): never a 5xx. The JSON fuzz test cannot send these bodies.
/// </summary>
public sealed class Spoilt_file_uploads(SmallFilesServer server, ITestOutputHelper output) : IClassFixture<SmallFilesServer>
{
    private const int Uploads = 300;

    private static readonly string[] FileNames =
        ["t.txt", "", " ", "a\0b.pdf", "\ud800.png", "../../etc/passwd", "..\\x.pdf", "\u202etxt.exe", new string('n', 5_000) + ".txt", "nofileextension", "x.PDF", "\"q\".txt"];

    private static readonly string[] MediaTypes =
        ["text/plain", "application/pdf", "image/png", "audio/mpeg", "video/mp4", "application/octet-stream", "application/x-msdownload", "", "text/html", "image/svg+xml", "garbage", "text/plain; charset=utf-16"];

    private static readonly string[] FieldNames = ["file", "File", "files", "", "file[]", "file\0"];

    [Fact]
    public async Task Spoilt_uploads_never_answer_a_5xx()
    {
        var seed = FuzzSeed.Read();
        var random = new Random(seed);
        var documenter = await server.As(Role.Documenter);
        var failures = new List<string>();
        var statuses = new SortedDictionary<int, int>();

        for (var i = 0; i < Uploads && failures.Count < 10; i++)
        {
            var (body, contentType, what) = Spoil(random, i);
            using var content = new ByteArrayContent(body);
            if (contentType is not null) content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            using var response = await documenter.PostAsync("/api/files", content);
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            if (status >= 500) failures.Add($"#{i}: {status} for {what}: {await response.Content.ReadAsStringAsync()}");
        }

        output.WriteLine($"seed {seed}; {Uploads} uploads; statuses: {string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}"))}");
        Assert.True(failures.Count == 0, $"seed {seed} ({FuzzSeed.Variable}={seed} replays it):\n{string.Join("\n", failures)}");
    }

    private static (byte[] Body, string? ContentType, string What) Spoil(Random random, int index)
    {
        var boundary = random.Next(8) == 0 ? "" : $"b{index}x";
        var field = random.Next(4) == 0 ? FieldNames[random.Next(FieldNames.Length)] : "file";
        var fileName = random.Next(3) == 0 ? FileNames[random.Next(FileNames.Length)] : $"transcript-{index}.txt";
        var mediaType = random.Next(3) == 0 ? MediaTypes[random.Next(MediaTypes.Length)] : "text/plain";
        // Around the test server's 4 KiB limit, and empty.
        var size = random.Next(4) switch { 0 => 0, 1 => 4_096, 2 => 4_097, _ => random.Next(1, 200) };
        var bytes = new byte[size];
        random.NextBytes(bytes);
        var head = Encoding.UTF8.GetBytes($"--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{fileName}\"\r\n"
            + (mediaType.Length > 0 ? $"Content-Type: {mediaType}\r\n" : "") + "\r\n");
        var tail = Encoding.UTF8.GetBytes(random.Next(6) == 0
            ? $"\r\n--{boundary}\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nstray\r\n--{boundary}--\r\n"
            : $"\r\n--{boundary}--\r\n");
        byte[] body = [.. head, .. bytes, .. tail];
        var what = $"field '{field}', name '{(fileName.Length > 30 ? fileName[..30] + "…" : fileName)}', type '{mediaType}', {size} bytes";
        if (random.Next(6) == 0)
        {
            body = body[..random.Next(body.Length + 1)];
            what += ", cut short";
        }
        var contentType = random.Next(8) switch
        {
            0 => null,
            1 => "multipart/form-data",
            2 => $"multipart/form-data; boundary=other",
            3 => "application/octet-stream",
            _ => $"multipart/form-data; boundary={boundary}",
        };
        return (body, contentType, what + $", content type {contentType ?? "none"}");
    }
}
