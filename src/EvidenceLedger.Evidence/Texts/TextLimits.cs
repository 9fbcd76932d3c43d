namespace EvidenceLedger.Evidence.Texts;

/// <summary>
/// The most characters (Unicode code points, counted after NFC normalisation and trimming) each kind of free text may
/// hold. Generous for what each field is for, and small enough that no field can swell an event to the request limit.
/// </summary>
public static class TextLimits
{
    /// <summary>Incident and document titles.</summary>
    public const int Title = 300;

    /// <summary>Source names, place names, a protected identity's real name.</summary>
    public const int Name = 200;

    /// <summary>Other names of a source or a place.</summary>
    public const int Alias = 200;

    /// <summary>A claim's category.</summary>
    public const int Category = 100;

    /// <summary>What a claim's count counts ("IS members killed").</summary>
    public const int CountSubject = 200;

    /// <summary>A claim's statement, as recorded or corrected.</summary>
    public const int Statement = 4_000;

    /// <summary>Reasons and rationales: for a revision, correction, retraction, assessment, regrade, shred, export or account change.</summary>
    public const int Reason = 2_000;

    /// <summary>An incident's summary.</summary>
    public const int Summary = 10_000;

    /// <summary>A verification step's notes.</summary>
    public const int Notes = 10_000;

    /// <summary>The passage a citation relies on.</summary>
    public const int Excerpt = 10_000;

    /// <summary>How to reach a protected source.</summary>
    public const int Contact = 1_000;

    /// <summary>A cited document's address.</summary>
    public const int Url = 4_096;

    /// <summary>Where an offline document is kept (an archive's shelf mark, a transcript's number).</summary>
    public const int Reference = 1_000;

    /// <summary>The name of an uploaded file.</summary>
    public const int FileName = 255;
}
