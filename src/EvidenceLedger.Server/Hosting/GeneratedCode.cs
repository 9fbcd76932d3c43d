using JasperFx.CodeGeneration;
using JasperFx.CodeGeneration.Model;

namespace EvidenceLedger.Server.Hosting;

/// <summary>The Wolverine handler code of a built app (its endpoints mapped), written out or compared with what is compiled in.</summary>
public static class GeneratedCode
{
    /// <summary>Writes every generated file under <paramref name="folder"/>, replacing what was there; answers the files written.</summary>
    public static IReadOnlyList<string> Write(IServiceProvider services, string folder)
    {
        var collections = services.GetServices<ICodeFileCollection>().ToArray();
        foreach (var rules in collections.Select(collection => collection.Rules).Distinct()) rules.GeneratedCodeOutputPath = folder;
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        var written = new List<string>();
        new DynamicCodeBuilder(services, collections) { ServiceVariableSource = services.GetService<IServiceVariableSource>() }
            .WriteGeneratedCode(written.Add);
        return written;
    }

    /// <summary>The files (relative to <paramref name="folder"/>) that are missing, extra or different from what would be written now.</summary>
    public static IReadOnlyList<string> Differences(IServiceProvider services, string folder)
    {
        var fresh = Path.Combine(Path.GetTempPath(), $"ledger-codegen-{Guid.NewGuid():N}");
        try
        {
            Write(services, fresh);
            var now = Files(fresh);
            var committed = Files(folder);
            return now.Keys.Union(committed.Keys)
                .Where(name => !now.TryGetValue(name, out var text) || !committed.TryGetValue(name, out var kept) || Normalized(text) != Normalized(kept))
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        finally
        {
            if (Directory.Exists(fresh)) Directory.Delete(fresh, recursive: true);
        }
    }

    private static Dictionary<string, string> Files(string folder) =>
        !Directory.Exists(folder)
            ? []
            : Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
                .ToDictionary(file => Path.GetRelativePath(folder, file).Replace('\\', '/'), File.ReadAllText, StringComparer.Ordinal);

    private static string Normalized(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();
}
