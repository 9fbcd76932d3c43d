using System.Text.RegularExpressions;

namespace EvidenceLedger.EventStore.Projections;

public static partial class ProjectionSchemas
{
    [GeneratedRegex("^[a-z][a-z0-9_]{0,40}$")]
    private static partial Regex ValidName();

    public static string Live(string projectionName) => "proj_" + Validate(projectionName);

    public static string Rebuild(string projectionName) => "proj_" + Validate(projectionName) + "__rebuild";

    private static string Validate(string name) =>
        ValidName().IsMatch(name) ? name : throw new ArgumentException($"'{name}' is not a valid projection name.", nameof(name));
}
