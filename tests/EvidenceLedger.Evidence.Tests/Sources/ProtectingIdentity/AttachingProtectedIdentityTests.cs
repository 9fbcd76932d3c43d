using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Sources.ProtectingIdentity;
using EvidenceLedger.Evidence.Sources.ShreddingIdentity;
using EvidenceLedger.Evidence.Tests.Support;

namespace EvidenceLedger.Evidence.Tests.Sources.ProtectingIdentity;

public class AttachingProtectedIdentityTests
{
    private const string Ciphertext = "c2VhbGVkIGlkZW50aXR5IGJsb2I=";

    [Fact]
    public void Attaching_an_identity_records_only_the_ciphertext_and_key_id() =>
        Source.Given(Sample.SourceRegistered)
            .When(new AttachProtectedIdentity(Sample.SourceId, "source-key-1", Ciphertext))
            .Then(new ProtectedIdentityAttached(Sample.SourceId, "source-key-1", Ciphertext));

    [Fact]
    public void Attaching_an_identity_to_an_unregistered_source_is_not_found() =>
        Source.Given()
            .When(new AttachProtectedIdentity(Sample.SourceId, "source-key-1", Ciphertext))
            .ThenRejected(RejectionKind.NotFound, "sourceId");

    [Theory]
    [InlineData("", Ciphertext, "keyId")]
    [InlineData("source-key-1", "", "ciphertext")]
    [InlineData("source-key-1", "not base64!", "ciphertext")]
    public void Attaching_an_incomplete_identity_is_rejected(string keyId, string ciphertext, string field) =>
        Source.Given(Sample.SourceRegistered)
            .When(new AttachProtectedIdentity(Sample.SourceId, keyId, ciphertext))
            .ThenInvalid(field);

    [Fact]
    public void Replacing_the_identity_under_the_same_key_is_allowed() =>
        Source.Given(Sample.SourceRegistered, new ProtectedIdentityAttached(Sample.SourceId, "source-key-1", Ciphertext))
            .When(new AttachProtectedIdentity(Sample.SourceId, "source-key-1", "bmV3IGNvbnRhY3Q="))
            .Then(new ProtectedIdentityAttached(Sample.SourceId, "source-key-1", "bmV3IGNvbnRhY3Q="));

    [Fact]
    public void Replacing_the_identity_under_another_key_is_a_conflict() =>
        Source.Given(Sample.SourceRegistered, new ProtectedIdentityAttached(Sample.SourceId, "source-key-1", Ciphertext))
            .When(new AttachProtectedIdentity(Sample.SourceId, "source-key-2", "bmV3IGNvbnRhY3Q="))
            .ThenRejected(RejectionKind.Conflict, "keyId");

    [Fact]
    public void Attaching_an_identity_after_it_was_shredded_is_a_conflict() =>
        Source.Given(
                Sample.SourceRegistered,
                new ProtectedIdentityAttached(Sample.SourceId, "source-key-1", Ciphertext),
                new SourceIdentityShredded(Sample.SourceId, "source-key-1", "Source at risk."))
            .When(new AttachProtectedIdentity(Sample.SourceId, "source-key-1", Ciphertext))
            .ThenRejected(RejectionKind.Conflict, "ciphertext");
}
