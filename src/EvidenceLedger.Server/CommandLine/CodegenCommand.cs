using System.CommandLine;
using EvidenceLedger.Server.Hosting;
using JasperFx.CodeGeneration;
using JasperFx.CodeGeneration.Model;

namespace EvidenceLedger.Server.CommandLine;

/// <summary>
/// <c>codegen write DIR</c>: writes the Wolverine handler code of every endpoint into DIR (the server project's
/// <see cref="LedgerWolverine.GeneratedFolder"/>), to be compiled into the server: it runs with no code generation at all.
/// <c>codegen check DIR</c> exits 1 (naming the files) when DIR differs from what would be written now.
/// </summary>
public static class CodegenCommand
{
    public const int Current = 0;
    public const int Stale = 1;

    public static Command Create()
    {
        var action = new Argument<string>("action") { Description = "write or check." };
        action.AcceptOnlyFromAmong("write", "check");
        var folder = new Argument<string>("folder") { Description = "The server project's generated-code folder, e.g. src/EvidenceLedger.Server/Internal/Generated." };
        var command = new Command("codegen", "Write (or check) the Wolverine handler code compiled into the server.") { action, folder };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, ct) =>
        {
            // Set before the app is built: the endpoints are then mapped without loading generated code that may not exist yet.
            DynamicCodeBuilder.WithinCodegenCommand = true;
            await using var app = await LedgerApp.CreateAsync([.. parse.UnmatchedTokens], ct: ct);
            var target = Path.GetFullPath(parse.GetValue(folder)!);
            if (parse.GetValue(action) == "write")
            {
                foreach (var file in GeneratedCode.Write(app.Services, target)) Console.WriteLine($"wrote {Path.GetRelativePath(Environment.CurrentDirectory, file)}");
                return Current;
            }
            var stale = GeneratedCode.Differences(app.Services, target);
            foreach (var file in stale) await Console.Error.WriteLineAsync($"stale: {file}");
            if (stale.Count > 0) await Console.Error.WriteLineAsync("Run ./ops/ledger codegen write src/EvidenceLedger.Server/Internal/Generated and commit the result.");
            return stale.Count == 0 ? Current : Stale;
        });
        return command;
    }
}
