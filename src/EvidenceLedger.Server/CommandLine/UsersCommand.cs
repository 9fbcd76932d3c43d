using System.CommandLine;
using EvidenceLedger.Server.Hosting;
using EvidenceLedger.Server.Projections;
using EvidenceLedger.Server.Users;

namespace EvidenceLedger.Server.CommandLine;

/// <summary>
/// Accounts for the operator on the host, with no admin token needed (a lost one included): list, add, revoke, token.
/// Recorded as done by <c>operator:&lt;login&gt;</c>. Exit codes: 0 done, 1 refused (no such user, a name taken), 2 bad input.
/// </summary>
public static class UsersCommand
{
    public static string Actor => "operator:" + Environment.UserName;

    public static Command Create()
    {
        var command = new Command("users", "Manage the ledger's users from the host: list, add, revoke, token.");
        var name = new Argument<string>("name") { Description = "The user's name." };
        var role = new Argument<string>("role") { Description = $"One of: {string.Join(", ", Role.All)}." };
        command.Subcommands.Add(Verb("list", "List every user with their role and whether a token of theirs works."));
        command.Subcommands.Add(Verb("add", "Register a user and print their first token (shown only now).", name, role));
        command.Subcommands.Add(Verb("revoke", "Revoke every token of a user at once.", name));
        command.Subcommands.Add(Verb("token", "Issue a new token to a user and print it (shown only now); their other tokens keep working.", name));
        return command;
    }

    private static Command Verb(string verb, string description, params Argument<string>[] arguments)
    {
        var command = new Command(verb, description);
        foreach (var argument in arguments) command.Arguments.Add(argument);
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, ct) =>
        {
            var values = arguments.Select(parse.GetValue).ToArray();
            await using var app = await LedgerApp.CreateAsync([.. parse.UnmatchedTokens], ct: ct);
            await ProjectionStartup.RebuildChangedAsync(app.Services, ct);
            return await RunAsync(app.Services.GetRequiredService<UserAccounts>(), verb, values.ElementAtOrDefault(0), values.ElementAtOrDefault(1),
                Actor, Console.Out, Console.Error, ct);
        });
        return command;
    }

    public static async Task<int> RunAsync(UserAccounts accounts, string verb, string? name, string? role, string actor, TextWriter output,
        TextWriter error, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        switch (verb)
        {
            case "list":
                output.WriteLine($"{"name",-30} {"role",-11} {"tokens",-8} id");
                foreach (var user in await accounts.ListAsync(ct))
                    output.WriteLine($"{user.Name,-30} {user.Role,-11} {user.Tokens.State,-8} {user.Id}");
                return 0;
            case "add":
            {
                var outcome = await accounts.RegisterAsync(name, role, actor, $"registered on the host by {actor}", ct: ct);
                if (!outcome.IsDone) return Refused(outcome, error);
                output.WriteLine($"Registered {outcome.User!.Name} ({outcome.User.Role}), id {outcome.User.Id}. Their token (shown only now):");
                output.WriteLine(outcome.Token!.Token);
                return 0;
            }
            case "revoke" or "token":
            {
                if (await accounts.FindByNameAsync(name ?? "", ct) is not { } user)
                {
                    error.WriteLine($"There is no user named '{name}'. `users list` shows who there is.");
                    return 1;
                }
                var outcome = verb == "revoke"
                    ? await accounts.RevokeAsync(user.Id, actor, $"revoked on the host by {actor}", ct)
                    : await accounts.IssueTokenAsync(user.Id, actor, $"issued on the host by {actor}", null, ct);
                if (!outcome.IsDone) return Refused(outcome, error);
                if (verb == "revoke") output.WriteLine($"Every token of {user.Name} is revoked.");
                else output.WriteLine($"A new token for {user.Name} (shown only now):\n{outcome.Token!.Token}");
                return 0;
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(verb), verb, "list, add, revoke or token");
        }
    }

    private static int Refused(AccountOutcome outcome, TextWriter error)
    {
        error.WriteLine($"{outcome.Field}: {outcome.Error}");
        return outcome.Status == StatusCodes.Status400BadRequest ? 2 : 1;
    }
}
