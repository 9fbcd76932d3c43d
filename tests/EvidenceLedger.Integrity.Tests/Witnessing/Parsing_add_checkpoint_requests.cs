using System.Text;
using EvidenceLedger.Integrity.Witnessing;

namespace EvidenceLedger.Integrity.Tests.Witnessing;

public sealed class Parsing_add_checkpoint_requests
{
    private const string SpecExample = """
        old 20852014
        PlRNCrwHpqhGrupue0L7gxbjbMiKA9temvuZZDDpkaw=
        jrJZDmY8Y7SyJE0MWLpLozkIVMSMZcD5kvuKxPC3swk=
        5+pKlUdi2LeF/BcMHBn+Ku6yhPGNCswZZD1X/6QgPd8=
        /6WVhPs2CwSsb5rYBH5cjHV/wSmA79abXAwhXw3Kj/0=

        example.com/behind-the-sofa
        20852163
        CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=

        — example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=

        """;

    [Fact]
    public void The_spec_example_parses_into_old_size_proof_and_note_and_formats_back_identically()
    {
        var body = SpecExample.ReplaceLineEndings("\n");

        Assert.True(AddCheckpointRequest.TryParse(Encoding.UTF8.GetBytes(body), out var request, out var error), error);
        Assert.Equal(20852014, request.OldSize);
        Assert.Equal(4, request.ConsistencyProof.Count);
        Assert.StartsWith("example.com/behind-the-sofa\n20852163\n", request.SignedCheckpoint, StringComparison.Ordinal);
        Assert.Equal(body, request.Format());
    }

    [Theory]
    [InlineData("old 01\n\nnote\n")]
    [InlineData("old -1\n\nnote\n")]
    [InlineData("old 1\nnot-base64\n\nnote\n")]
    [InlineData("old 1\nAAAA\n\nnote\n")]
    [InlineData("new 1\n\nnote\n")]
    [InlineData("old 1\nnote\n")]
    public void A_malformed_request_is_refused(string body)
    {
        Assert.False(AddCheckpointRequest.TryParse(Encoding.UTF8.GetBytes(body), out _, out var error));
        Assert.NotNull(error);
    }

    [Fact]
    public void More_than_63_proof_lines_are_refused()
    {
        var hash = Convert.ToBase64String(new byte[32]);
        var body = "old 5\n" + string.Concat(Enumerable.Repeat(hash + "\n", 64)) + "\nnote\n";

        Assert.False(AddCheckpointRequest.TryParse(Encoding.UTF8.GetBytes(body), out _, out _));
    }
}
