using EvidenceLedger.Evidence.Deciding;
using EvidenceLedger.Evidence.Texts;

namespace EvidenceLedger.Evidence.Sources.ProtectingIdentity;

/// <summary>
/// The free-text rules for a protected identity's plain text, checked before it is encrypted (the decider only ever sees
/// the ciphertext), and the text as it is then encrypted.
/// </summary>
public static class IdentityText
{
    /// <param name="fieldPrefix">Where the identity sits in the caller's request, e.g. <c>protectedIdentity.</c>; empty when it is the request.</param>
    public static Rejection? Problem(string? realName, string? contact, string fieldPrefix) =>
        Rejection.FirstOf([
            FreeText.Required(realName, fieldPrefix + "realName", "The source's real name", TextLimits.Name),
            FreeText.Optional(contact, fieldPrefix + "contact", "The contact", TextLimits.Contact),
        ]);

    public static string RealName(string? realName) => FreeText.Clean(realName);

    public static string? Contact(string? contact) => FreeText.CleanOrNull(contact);
}
