using System.Security.Cryptography;
using System.Text.Json;
using EvidenceLedger.Evidence.Claims.Citing;
using EvidenceLedger.Server.Hosting;

namespace EvidenceLedger.Server.Evidence.Files;

/// <summary>
/// Files uploaded into the ledger, stored once per content under <c>Ledger:FileDirectory</c> (default
/// <c>&lt;data directory&gt;/files</c>, owner-only): the bytes as <c>{sha256}</c>, what they were uploaded as beside them
/// as <c>{sha256}.json</c>. Each is written to a staging file first and renamed into place, so a file is whole or absent.
/// </summary>
public sealed class FileStore(IConfiguration configuration)
{
    public const long DefaultMaxBytes = 100L * 1024 * 1024;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Directory { get; } = configuration["Ledger:FileDirectory"] is { Length: > 0 } configured
        ? Path.GetFullPath(configured)
        : Path.Combine(LedgerDatabaseBootstrap.DataDirectory(configuration), "files");

    /// <summary>The largest file taken (<c>Ledger:MaxFileBytes</c>).</summary>
    public long MaxBytes { get; } = configuration.GetValue<long?>("Ledger:MaxFileBytes") is > 0 and var max ? max : DefaultMaxBytes;

    /// <summary>
    /// Keeps the bytes of <paramref name="content"/>; the same bytes kept before are kept once, under what they were first
    /// uploaded as. Null (nothing kept) when there are more than <see cref="MaxBytes"/>.
    /// </summary>
    public async Task<UploadedFile?> StoreAsync(Stream content, string mediaType, string fileName, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        CreateDirectory();
        var staging = Path.Combine(Directory, $".{Guid.NewGuid():N}.new");
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            long size = 0;
            await using (var file = new FileStream(staging, WriteOptions()))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await content.ReadAsync(buffer, ct)) > 0)
                {
                    size += read;
                    if (size > MaxBytes) return null;
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), ct);
                }
            }
            var sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            if (File.Exists(PathOf(sha256))) File.Delete(staging);
            else File.Move(staging, PathOf(sha256), overwrite: true);
            return await FindAsync(sha256, ct) ?? await DescribeAsync(new UploadedFile(sha256, size, mediaType, fileName), ct);
        }
        finally
        {
            if (File.Exists(staging)) File.Delete(staging);
        }
    }

    /// <summary>The file kept with this SHA-256, or null.</summary>
    public async Task<UploadedFile?> FindAsync(string sha256, CancellationToken ct)
    {
        if (!Sha256Digest.IsValid(sha256)) return null;
        sha256 = Sha256Digest.Canonical(sha256);
        if (!File.Exists(PathOf(sha256)) || !File.Exists(DescriptionOf(sha256))) return null;
        await using var description = File.OpenRead(DescriptionOf(sha256));
        return await JsonSerializer.DeserializeAsync<UploadedFile>(description, Json, ct);
    }

    public Stream Open(UploadedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new FileStream(PathOf(file.Sha256), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
    }

    private async Task<UploadedFile> DescribeAsync(UploadedFile file, CancellationToken ct)
    {
        var staging = Path.Combine(Directory, $".{Guid.NewGuid():N}.json.new");
        await using (var description = new FileStream(staging, WriteOptions())) await JsonSerializer.SerializeAsync(description, file, Json, ct);
        File.Move(staging, DescriptionOf(file.Sha256), overwrite: true);
        return file;
    }

    private void CreateDirectory() => OwnerOnlyFiles.CreateFolder(Directory);

    private static FileStreamOptions WriteOptions() => OwnerOnlyFiles.NewFile(FileOptions.WriteThrough | FileOptions.Asynchronous);

    private string PathOf(string sha256) => Path.Combine(Directory, sha256);

    private string DescriptionOf(string sha256) => Path.Combine(Directory, sha256 + ".json");
}
