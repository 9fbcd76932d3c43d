using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using EvidenceLedger.Integrity.Checkpoints;
using EvidenceLedger.Integrity.Merkle;

namespace EvidenceLedger.Integrity.Witnessing;

/// <summary>
/// The body of a C2SP tlog-witness <c>POST /add-checkpoint</c>: <c>old &lt;size&gt;</c>, up to 63 base64 consistency-proof
/// hashes one per line, an empty line, then the signed checkpoint note. Every line ends in a newline.
/// </summary>
public sealed record AddCheckpointRequest(long OldSize, IReadOnlyList<byte[]> ConsistencyProof, string SignedCheckpoint)
{
    public const int MaxProofLines = 63;

    public string Format()
    {
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"old {OldSize}\n");
        foreach (var hash in ConsistencyProof)
        {
            body.Append(Convert.ToBase64String(hash)).Append('\n');
        }

        return body.Append('\n').Append(SignedCheckpoint).ToString();
    }

    public static bool TryParse(ReadOnlySpan<byte> body, [NotNullWhen(true)] out AddCheckpointRequest? request, [NotNullWhen(false)] out string? error)
    {
        request = null;
        string text;
        try
        {
            text = NoteText.StrictUtf8.GetString(body);
        }
        catch (ArgumentException)
        {
            error = "The request body is not valid UTF-8.";
            return false;
        }

        var blank = text.IndexOf("\n\n", StringComparison.Ordinal);
        if (blank < 0)
        {
            error = "The request has no empty line before the checkpoint.";
            return false;
        }

        var header = text[..blank].Split('\n');
        if (!TryParseOldSize(header[0], out var oldSize))
        {
            error = "The first line is not \"old <size>\" with a decimal size without leading zeros.";
            return false;
        }

        if (header.Length - 1 > MaxProofLines)
        {
            error = $"The consistency proof has more than {MaxProofLines} lines.";
            return false;
        }

        var proof = new List<byte[]>(header.Length - 1);
        foreach (var line in header.Skip(1))
        {
            if (!StrictBase64.TryDecode(line, out var hash) || hash.Length != MerkleHash.Size)
            {
                error = "A consistency proof line is not the base64 of a 32-byte hash.";
                return false;
            }

            proof.Add(hash);
        }

        request = new AddCheckpointRequest(oldSize, proof, text[(blank + 2)..]);
        error = null;
        return true;
    }

    private static bool TryParseOldSize(string line, out long size)
    {
        size = 0;
        if (!line.StartsWith("old ", StringComparison.Ordinal))
        {
            return false;
        }

        var digits = line[4..];
        return digits.Length > 0 && digits.All(char.IsAsciiDigit) && (digits.Length == 1 || digits[0] != '0')
            && long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out size);
    }
}
