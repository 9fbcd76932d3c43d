using EvidenceLedger.Integrity.Checkpoints;
using EvidenceLedger.Integrity.Merkle;

namespace EvidenceLedger.Integrity.Tests.Checkpoints;

public sealed class CheckpointNoteTests
{
    // golang.org/x/mod/sumdb/tlog note_test.go: the tree head format that C2SP tlog-checkpoint generalises.
    private const string GoTreeBody = "go.sum database tree\n123456789012\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n";

    private static readonly Checkpoint GoTree = new("go.sum database tree", 123456789012, MerkleHash.Leaf("hello world"u8));

    [Fact]
    public void A_checkpoint_is_formatted_as_origin_size_and_base64_root_on_three_lines() =>
        Assert.Equal(GoTreeBody, CheckpointNote.Format(GoTree));

    [Fact]
    public void Parsing_a_formatted_checkpoint_gives_back_the_same_checkpoint() =>
        Assert.Equal(GoTree, CheckpointNote.Parse(GoTreeBody));

    [Fact]
    public void The_empty_tree_has_size_zero() =>
        Assert.Equal(0, CheckpointNote.Parse($"example.org/log\n0\n{Convert.ToBase64String(MerkleHash.EmptyRoot())}\n").TreeSize);

    [Theory]
    [InlineData("go.sum database tree\n0xabcdef\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n", "tree size")]
    [InlineData("go.sum database tree\n0123\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n", "leading zeros")]
    [InlineData("go.sum database tree\n-1\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n", "tree size")]
    [InlineData("go.sum database tree\n+1\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n", "tree size")]
    [InlineData("go.sum database tree\n 1\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n", "tree size")]
    [InlineData("go.sum database tree\n9223372036854775808\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n", "too large")]
    [InlineData("go.sum database tree\n123456789012\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBTOOBIG=\n", "root hash")]
    [InlineData("go.sum database tree\n123456789012\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb1=\n", "canonical")]
    [InlineData("go.sum database tree\n123456789012\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40Hmuw Bb0=\n", "canonical")]
    [InlineData("go.sum database tree\n123456789012\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0\n", "canonical")]
    [InlineData("go.sum database tree\n123456789012\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40Hmuw\n", "bytes")]
    [InlineData("go.sum database tree\n123456789012\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=", "newline")]
    [InlineData("go.sum database tree\n123456789012\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n\n", "extension line")]
    [InlineData("go.sum database tree\n123456789012\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\nJOE\n\tx\n", "extension line")]
    [InlineData("go.sum database tree\n123456789012\n", "3 lines")]
    [InlineData("\n123456789012\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n", "origin")]
    [InlineData("go.sum\tdatabase tree\n123456789012\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n", "origin")]
    public void Malformed_checkpoint_bodies_are_rejected_with_the_reason(string body, string reason)
    {
        var error = Assert.Throws<FormatException>(() => CheckpointNote.Parse(body));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Extension_lines_after_the_root_hash_are_accepted_and_kept_in_order()
    {
        var body = GoTreeBody + "JOE\nrekor.sigstore.dev - 2605736670972794746\n";

        var checkpoint = CheckpointNote.Parse(body);

        Assert.Equal(["JOE", "rekor.sigstore.dev - 2605736670972794746"], checkpoint.Extensions);
        Assert.Equal(body, CheckpointNote.Format(checkpoint));
        Assert.NotEqual(GoTree, checkpoint);
    }

    [Fact]
    public void A_checkpoint_cannot_be_built_with_an_origin_that_would_break_the_body()
    {
        var root = MerkleHash.EmptyRoot();

        Assert.Throws<ArgumentException>(() => new Checkpoint("", 0, root));
        Assert.Throws<ArgumentException>(() => new Checkpoint("two\nlines", 0, root));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Checkpoint("example.org/log", -1, root));
        Assert.Throws<ArgumentException>(() => new Checkpoint("example.org/log", 0, root.AsSpan(1)));
    }

    [Fact]
    public void Checkpoints_are_equal_when_origin_size_and_root_bytes_are_equal()
    {
        Assert.Equal(new Checkpoint("o", 1, MerkleHash.Leaf("a"u8)), new Checkpoint("o", 1, MerkleHash.Leaf("a"u8)));
        Assert.NotEqual(new Checkpoint("o", 1, MerkleHash.Leaf("a"u8)), new Checkpoint("o", 1, MerkleHash.Leaf("b"u8)));
    }
}
