using System.Net;
using EvidenceLedger.Server.Evidence.Files;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Users;
using EvidenceLedger.Testing.Server;

namespace EvidenceLedger.Server.Tests.Evidence.Files;

public sealed class Uploading_files(SmallFilesServer server) : IClassFixture<SmallFilesServer>
{
    private string Kept(string sha256) => Path.Combine(server.Get<FileStore>().Directory, sha256);

    [Fact]
    public async Task An_uploaded_file_answers_its_sha256_size_media_type_and_name_and_downloads_byte_for_byte()
    {
        var bytes = "%PDF-1.4\n% statement of the al-Bukamal local council\n"u8.ToArray();
        var documenter = await server.As(Role.Documenter);

        var response = await documenter.Upload(bytes, "council statement.pdf", "application/pdf");

        var created = await response.Expect(HttpStatusCode.Created);
        var sha256 = FileUploads.Sha256(bytes);
        Assert.Equal(sha256, created.Str("sha256"));
        Assert.Equal(bytes.Length, created.GetProperty("size").GetInt64());
        Assert.Equal("application/pdf", created.Str("mediaType"));
        Assert.Equal("council statement.pdf", created.Str("fileName"));
        Assert.Equal($"/api/files/{sha256}", response.Headers.Location?.OriginalString);

        var download = await (await server.As(Role.Auditor)).GetAsync($"/api/files/{sha256}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", Assert.Single(download.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task The_same_bytes_uploaded_twice_are_kept_once_under_the_first_upload()
    {
        var bytes = FileUploads.Transcript();
        var documenter = await server.As(Role.Documenter);

        var first = await documenter.Uploaded(bytes, "T-17.txt");
        var second = await documenter.Uploaded(bytes, "copy of T-17.txt");

        Assert.Equal(first.Str("sha256"), second.Str("sha256"));
        Assert.Equal("T-17.txt", second.Str("fileName"));
        Assert.Single(Directory.GetFiles(server.Get<FileStore>().Directory, first.Str("sha256")));
        Assert.Empty(Directory.GetFiles(server.Get<FileStore>().Directory, "*.new"));
    }

    [Fact]
    public async Task A_file_over_the_configured_limit_is_a_413_and_nothing_is_kept()
    {
        var bytes = new byte[SmallFilesServer.MaxFileBytes + 1];
        Random.Shared.NextBytes(bytes);

        var response = await (await server.As(Role.Documenter)).Upload(bytes, "recording.mp3", "audio/mpeg");

        await response.Expect(HttpStatusCode.RequestEntityTooLarge);
        Assert.False(File.Exists(Kept(FileUploads.Sha256(bytes))));
    }

    [Fact]
    public async Task A_file_of_exactly_the_limit_is_kept()
    {
        var bytes = new byte[SmallFilesServer.MaxFileBytes];
        Random.Shared.NextBytes(bytes);

        var created = await (await server.As(Role.Documenter)).Uploaded(bytes, "photo.jpg", "image/jpeg");

        Assert.Equal(SmallFilesServer.MaxFileBytes, created.GetProperty("size").GetInt64());
        Assert.True(File.Exists(Kept(created.Str("sha256"))));
    }

    [Theory]
    [InlineData("tool.exe", "application/x-msdownload")]
    [InlineData("archive.zip", "application/zip")]
    [InlineData("tool.exe", "application/octet-stream")]
    public async Task A_kind_of_file_the_ledger_does_not_keep_is_a_415(string fileName, string mediaType)
    {
        var bytes = FileUploads.Transcript();

        await (await (await server.As(Role.Documenter)).Upload(bytes, fileName, mediaType)).Expect(HttpStatusCode.UnsupportedMediaType);

        Assert.False(File.Exists(Kept(FileUploads.Sha256(bytes))));
    }

    [Fact]
    public async Task A_file_sent_without_a_telling_media_type_is_kept_as_its_extension_says()
    {
        var created = await (await (await server.As(Role.Documenter)).Upload(FileUploads.Transcript(), "interview.mp3", "application/octet-stream"))
            .Expect(HttpStatusCode.Created);

        Assert.Equal("audio/mpeg", created.Str("mediaType"));
    }

    [Fact]
    public async Task A_body_that_is_not_multipart_form_data_is_a_415() =>
        await (await (await server.As(Role.Documenter)).PostRaw("/api/files", "{\"file\":\"x\"}")).Expect(HttpStatusCode.UnsupportedMediaType);

    [Fact]
    public async Task A_form_without_the_field_file_is_a_400_naming_each_field_at_fault()
    {
        var problem = await (await (await server.As(Role.Documenter)).Upload(FileUploads.Transcript(), "t.txt", "text/plain", field: "document"))
            .Expect(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("document", out _), problem.ToString());
    }

    [Fact]
    public async Task An_empty_file_is_a_400_naming_the_field() =>
        Assert.True((await (await (await server.As(Role.Documenter)).Upload([], "empty.txt", "text/plain")).Expect(HttpStatusCode.BadRequest))
            .GetProperty("errors").TryGetProperty("file", out _));

    [Theory]
    [InlineData(Role.Legal, HttpStatusCode.Forbidden)]
    [InlineData(Role.Auditor, HttpStatusCode.Forbidden)]
    [InlineData(LedgerServer.NoOne, HttpStatusCode.Unauthorized)]
    public async Task Only_roles_that_write_may_upload(string role, HttpStatusCode refused) =>
        await (await (await server.As(role)).Upload(FileUploads.Transcript(), "t.txt", "text/plain")).Expect(refused);

    [Theory]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("not-a-digest")]
    public async Task Downloading_a_file_never_uploaded_is_a_404(string sha256) =>
        await (await (await server.As(Role.Legal)).GetAsync($"/api/files/{sha256}")).Expect(HttpStatusCode.NotFound);
}
