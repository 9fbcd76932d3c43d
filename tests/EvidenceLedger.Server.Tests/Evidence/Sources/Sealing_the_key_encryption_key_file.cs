using System.Security.Cryptography;
using EvidenceLedger.Server.Evidence.Sources.ProtectingIdentity;
using Microsoft.Extensions.Configuration;

namespace EvidenceLedger.Server.Tests.Evidence.Sources;

/// <summary>
/// With <c>Ledger:IdentityKeySecret</c> the key-encryption key file holds its keys only sealed under that secret: a copy
/// of the file alone opens nothing, while rotation on shred still replaces the keys inside it.
/// </summary>
public sealed class Sealing_the_key_encryption_key_file : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("kek-");
    private readonly byte[] _secret = RandomNumberGenerator.GetBytes(32);

    private string FilePath => Path.Combine(_directory.FullName, "identity-kek.key");

    [Fact]
    public void A_sealed_file_shows_no_key_and_reads_back_the_same_keys()
    {
        var ring = new KeyEncryptionKeys(FilePath, _secret).Load();

        var text = File.ReadAllText(FilePath);
        Assert.StartsWith("sealed-v1 ", text, StringComparison.Ordinal);
        Assert.DoesNotContain(ring.Current.Id, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(ring.Current.Key), text, StringComparison.Ordinal);
        Assert.Equal(ring.Current.Key, new KeyEncryptionKeys(FilePath, _secret).Load().Current.Key);
    }

    [Fact]
    public void A_rotation_replaces_the_keys_inside_the_sealed_file()
    {
        var keys = new KeyEncryptionKeys(FilePath, _secret);
        var before = keys.Load();
        var copyBefore = File.ReadAllText(FilePath);

        keys.Save(new KekRing(Kek.New(), []));

        var after = new KeyEncryptionKeys(FilePath, _secret).Load();
        Assert.NotEqual(before.Current.Id, after.Current.Id);
        Assert.Null(after.Find(before.Current.Id));
        Assert.NotEqual(copyBefore, File.ReadAllText(FilePath));
    }

    [Fact]
    public void A_sealed_file_without_its_secret_or_under_another_is_refused_naming_the_setting()
    {
        new KeyEncryptionKeys(FilePath, _secret).Load();

        var without = Assert.Throws<InvalidOperationException>(() => new KeyEncryptionKeys(FilePath).Load());
        var other = Assert.Throws<InvalidOperationException>(() => new KeyEncryptionKeys(FilePath, RandomNumberGenerator.GetBytes(32)).Load());

        Assert.Contains("Ledger:IdentityKeySecret", without.Message, StringComparison.Ordinal);
        Assert.Contains("Ledger:IdentityKeySecret", other.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plain_file_is_sealed_the_first_time_it_is_read_with_a_secret_and_keeps_its_keys()
    {
        var plain = new KeyEncryptionKeys(FilePath).Load();
        Assert.Contains(Convert.ToBase64String(plain.Current.Key), File.ReadAllText(FilePath), StringComparison.Ordinal);

        var sealedRing = new KeyEncryptionKeys(FilePath, _secret).Load();

        Assert.Equal(plain.Current.Key, sealedRing.Current.Key);
        Assert.DoesNotContain(Convert.ToBase64String(plain.Current.Key), File.ReadAllText(FilePath), StringComparison.Ordinal);
    }

    [Fact]
    public void A_secret_that_is_not_32_bytes_of_base64_is_refused_at_start()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Ledger:IdentityKeySecret", "not a secret")]).Build();

        var refused = Assert.Throws<InvalidOperationException>(() => SealedKeyFile.SecretFrom(configuration));

        Assert.Contains("32", refused.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _directory.Delete(recursive: true);
}
