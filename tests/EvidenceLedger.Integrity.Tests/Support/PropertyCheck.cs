using FsCheck;

namespace EvidenceLedger.Integrity.Tests.Support;

internal static class PropertyCheck
{
    public static void Holds(Property property, int maxTests = 100) =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(maxTests), property);
}
