namespace EvidenceLedger.Server.Demo.Loading;

internal static class DemoLoadReport
{
    public static void Print(DemoLoadResult result, TextWriter output)
    {
        output.WriteLine(result.Message);
        if (result.Users.Count == 0) return;
        output.WriteLine("Demo users (their tokens are shown only now):");
        foreach (var user in result.Users) output.WriteLine($"  {user.Name,-10} {user.Role,-11} {user.Token}");
    }
}
