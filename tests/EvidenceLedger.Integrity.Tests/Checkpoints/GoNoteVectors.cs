namespace EvidenceLedger.Integrity.Tests.Checkpoints;

/// <summary>Published vectors of golang.org/x/mod/sumdb/note (note_test.go) and a checkpoint served by sum.golang.org.</summary>
internal static class GoNoteVectors
{
    public const string PeterSignerKey = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    public const string PeterVerifierKey = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    public const string EnochVerifierKey = "EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop";

    public const string Text = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
    public const string PeterSignature = "\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";
    public const string EnochSignature = "\u2014 EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n";

    /// <summary>https://sum.golang.org/latest as of 2024-09-23, quoted in github.com/sigsum/sigsum-go.</summary>
    public const string SumDbCheckpoint =
        "go.sum database tree\n30055305\nmXfgRcJ0bG0j3CPdKwgGWtUzBUbX67saZGRmFuJGGsM=\n\n" +
        "\u2014 sum.golang.org Az3grpgEild5qw7+5dtV13Kf1C2Xurm8q4fhdxvcsDHnqNTaxL2AFjBY+2TyGKevucFcAAlWFJJYle3EJlDCrQ+y3A8=\n";

    /// <summary>The checksum database key built into the go command.</summary>
    public const string SumDbVerifierKey = "sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8";

    /// <summary>Inserts four base64 characters inside a signature line, as note_test.go does, keeping it valid base64 but wrong.</summary>
    public static string Corrupt(string signatureLine)
    {
        var at = signatureLine.IndexOf(' ', 2) + 1 + 43;
        return signatureLine[..at] + "ABCD" + signatureLine[at..];
    }
}
