using System.Text;
using EvidenceLedger.Integrity.Checkpoints;

namespace EvidenceLedger.Integrity.Tests.Checkpoints;

public sealed class GoNoteVectorTests
{
    private static readonly NoteVerifier Peter = new(GoNoteVectors.PeterVerifierKey);

    [Fact]
    public void Signing_with_the_Go_signer_key_reproduces_the_Go_signed_note_byte_for_byte()
    {
        var signer = NoteSigner.FromSignerKey(GoNoteVectors.PeterSignerKey);

        Assert.Equal(GoNoteVectors.Text + "\n" + GoNoteVectors.PeterSignature, signer.Sign(GoNoteVectors.Text));
        Assert.Equal(GoNoteVectors.PeterVerifierKey, signer.VerifierKey);
        Assert.Equal(GoNoteVectors.PeterSignerKey, signer.ExportSignerKey());
    }

    [Fact]
    public void A_note_signed_by_Go_verifies_and_yields_its_text()
    {
        var result = Peter.VerifyNote(GoNoteVectors.Text + "\n" + GoNoteVectors.PeterSignature);

        Assert.True(result.IsValid);
        Assert.Equal(GoNoteVectors.Text, result.Text);
    }

    [Fact]
    public void Signatures_by_other_keys_are_ignored_and_each_key_verifies_its_own()
    {
        var note = GoNoteVectors.Text + "\n" + GoNoteVectors.PeterSignature + GoNoteVectors.EnochSignature;

        Assert.True(Peter.VerifyNote(note).IsValid);
        Assert.True(new NoteVerifier(GoNoteVectors.EnochVerifierKey).VerifyNote(note).IsValid);
    }

    [Fact]
    public void A_note_with_only_other_keys_signatures_is_not_signed_by_the_trusted_key()
    {
        var result = Peter.VerifyNote(GoNoteVectors.Text + "\n" + GoNoteVectors.EnochSignature);

        Assert.Equal(NoteVerificationFailure.NotSignedByKey, result.Failure);
    }

    [Fact]
    public void A_signature_line_with_another_name_or_key_ID_does_not_count_as_the_trusted_key()
    {
        var misnamed = GoNoteVectors.PeterSignature.Replace("PeterNeumann", "CarmenSandiego", StringComparison.Ordinal);
        var otherId = GoNoteVectors.PeterSignature.Replace("x08g", "xxxx", StringComparison.Ordinal);

        Assert.Equal(NoteVerificationFailure.NotSignedByKey, Peter.VerifyNote(GoNoteVectors.Text + "\n" + misnamed).Failure);
        Assert.Equal(NoteVerificationFailure.NotSignedByKey, Peter.VerifyNote(GoNoteVectors.Text + "\n" + otherId).Failure);
    }

    [Fact]
    public void A_corrupted_signature_by_the_trusted_key_rejects_the_note()
    {
        var result = Peter.VerifyNote(GoNoteVectors.Text + "\n" + GoNoteVectors.Corrupt(GoNoteVectors.PeterSignature));

        Assert.Equal(NoteVerificationFailure.InvalidSignature, result.Failure);
        Assert.Equal("The signature by key PeterNeumann+c74f20a3 does not verify.", result.Detail);
    }

    [Fact]
    public void A_corrupted_signature_by_the_trusted_key_rejects_the_note_even_after_a_valid_one()
    {
        // Stricter than Go's note.Open, which skips repeated signatures by a key: C2SP says a bad one should reject the note.
        var note = GoNoteVectors.Text + "\n" + GoNoteVectors.PeterSignature + GoNoteVectors.Corrupt(GoNoteVectors.PeterSignature);

        Assert.Equal(NoteVerificationFailure.InvalidSignature, Peter.VerifyNote(note).Failure);
    }

    [Fact]
    public void Repeated_and_corrupted_signatures_of_unknown_keys_do_not_matter()
    {
        var note = GoNoteVectors.Text + "\n" + GoNoteVectors.PeterSignature + GoNoteVectors.PeterSignature
            + GoNoteVectors.EnochSignature + GoNoteVectors.EnochSignature + GoNoteVectors.Corrupt(GoNoteVectors.EnochSignature);

        Assert.True(Peter.VerifyNote(note).IsValid);
    }

    [Theory]
    [InlineData(GoNoteVectors.Text)]
    [InlineData(GoNoteVectors.Text + "\n")]
    [InlineData(GoNoteVectors.Text + "\n" + "\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=")]
    [InlineData("\u0001" + GoNoteVectors.Text + "\n" + GoNoteVectors.PeterSignature)]
    [InlineData(GoNoteVectors.Text + "\n" + "\u2014 Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n")]
    [InlineData(GoNoteVectors.Text + "\n" + GoNoteVectors.PeterSignature + "Unexpected line.\n")]
    [InlineData(GoNoteVectors.Text + "\n" + "- PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n")]
    [InlineData(GoNoteVectors.Text + "\n" + "\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM\n")]
    [InlineData(GoNoteVectors.Text + "\r\n" + GoNoteVectors.PeterSignature)]
    public void Notes_that_break_the_signed_note_syntax_are_malformed(string note) =>
        Assert.Equal(NoteVerificationFailure.MalformedNote, Peter.VerifyNote(note).Failure);

    [Fact]
    public void A_note_that_is_not_valid_UTF8_is_malformed()
    {
        byte[] note = [0xff, .. Encoding.UTF8.GetBytes(GoNoteVectors.Text + "\n" + GoNoteVectors.PeterSignature)];

        Assert.Equal(NoteVerificationFailure.MalformedNote, Peter.VerifyNote(note).Failure);
        Assert.True(Peter.VerifyNote(note.AsSpan(1)).IsValid);
    }

    [Fact]
    public void A_note_with_more_than_100_signatures_is_malformed()
    {
        var note = GoNoteVectors.Text + "\n" + string.Concat(Enumerable.Repeat(GoNoteVectors.PeterSignature, 101));

        Assert.Equal(NoteVerificationFailure.MalformedNote, Peter.VerifyNote(note).Failure);
    }

    [Fact]
    public void Every_truncation_or_single_character_change_of_a_verifier_key_is_refused()
    {
        var key = GoNoteVectors.PeterVerifierKey;
        foreach (var mangled in Manglings(key))
        {
            Assert.Throws<FormatException>(() => new NoteVerifier(mangled));
        }

        Assert.Throws<FormatException>(() => new NoteVerifier("PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY=="));
        Assert.Throws<FormatException>(() => new NoteVerifier("PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"));
    }

    [Fact]
    public void Every_truncation_or_single_character_change_of_a_signer_key_is_refused()
    {
        foreach (var mangled in Manglings(GoNoteVectors.PeterSignerKey))
        {
            Assert.ThrowsAny<FormatException>(() => NoteSigner.FromSignerKey(mangled));
        }
    }

    private static IEnumerable<string> Manglings(string key)
    {
        for (var i = 0; i <= key.Length; i++)
        {
            for (var j = i + 1; j <= key.Length; j++)
            {
                if (i != 0 || j != key.Length)
                {
                    yield return key[i..j];
                }
            }
        }

        for (var i = 0; i < key.Length; i++)
        {
            var chars = key.ToCharArray();
            chars[i]++;
            yield return new string(chars);
        }
    }
}
