using System.Net.Http.Headers;
using System.Text;
using EvidenceLedger.Server.Tests.Evidence.Support;
using EvidenceLedger.Server.Users;
using EvidenceLedger.Testing.Server;
using Xunit.Abstractions;

namespace EvidenceLedger.Server.Tests.Fuzzing;

/// <summary>
/// POST /api/imports with seeded, spoilt CSV (cells of nasty text, broken quoting, stray columns, odd encodings and
/// content types): never a 5xx, and a refused file appends nothing. The JSON fuzz test cannot send these bodies.
/// </summary>
public sealed class Spoilt_csv_imports(EvidenceServer server, ITestOutputHelper output) : IClassFixture<EvidenceServer>
{
    private const int Files = 400;

    private static readonly string[] Cells =
    [
        "", " ", "\0", "a\0b", "\ud800", "x\udc00", "\u200b\u2060\ufeff", "\u202e\u2066", "=cmd|' /C calc'!A0", "'=1+1", "@SUM(1)", "+1", "-1",
        "\"", "\"\"", "a\"b", "\"unterminated", "line\nbreak", "\r", ",", ";;;", "0000", "-2015", "2015-13-45", "spring 2015", "18/11/2015",
        "before 20 November 2015", "16–22 November 2015", "9999-12-31", "../..", "XXXX", "البوكمال", "😀", new string('x', 5_000), "\\N", "null",
    ];

    private static readonly string[] ContentTypes =
        ["text/csv", "text/csv; charset=utf-8", "text/csv; charset=latin1", "TEXT/CSV", "text/plain", "application/json", "text/csv; header=absent"];

    [Fact]
    public async Task Spoilt_files_never_answer_a_5xx_and_refused_ones_append_nothing()
    {
        var seed = FuzzSeed.Read();
        var random = new Random(seed);
        var documenter = await server.As(Role.Documenter);
        await using var ledger = new LedgerEventCount(server.AdminConnectionString);
        var failures = new List<string>();
        var statuses = new SortedDictionary<int, int>();

        for (var i = 0; i < Files && failures.Count < 10; i++)
        {
            var (csv, what) = Spoil(random, i);
            var contentType = random.Next(6) == 0 ? ContentTypes[random.Next(ContentTypes.Length)] : "text/csv";
            var query = random.Next(4) == 0 ? "?dryRun=true" : random.Next(8) == 0 ? "?reason=%00" : "";
            var before = await ledger.ReadAsync();
            using var content = new ByteArrayContent(csv);
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            using var response = await documenter.PostAsync("/api/imports" + query, content);
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            var after = await ledger.ReadAsync();
            if (status >= 500) failures.Add($"#{i}: {status} for {what} ({contentType}{query}): {await response.Content.ReadAsStringAsync()}");
            else if (status != 201 && after != before) failures.Add($"#{i}: {status} yet {after - before} events were appended for {what}");
        }

        output.WriteLine($"seed {seed}; {Files} files; statuses: {string.Join(", ", statuses.Select(s => $"{s.Key}×{s.Value}"))}");
        Assert.True(failures.Count == 0, $"seed {seed} ({FuzzSeed.Variable}={seed} replays it):\n{string.Join("\n", failures)}");
    }

    private static (byte[] Csv, string What) Spoil(Random random, int index)
    {
        var rows = new List<List<string>> { new() { "title", "occurred", "place", "aliases", "summary" } };
        for (var r = random.Next(0, 4); r > 0; r--)
            rows.Add([$"Spoilt import {index}-{r}", "mid-November 2015", "al-Bukamal", "Abu Kamal;Albu Kamal", "A row of the sheet"]);
        var what = new List<string>();
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var row = rows[random.Next(rows.Count)];
            switch (random.Next(5))
            {
                case 0 or 1:
                {
                    var at = random.Next(row.Count);
                    row[at] = Cells[random.Next(Cells.Length)];
                    what.Add($"cell {at} = {Short(row[at])}");
                    break;
                }
                case 2:
                    row.Add(Cells[random.Next(Cells.Length)]);
                    what.Add("an extra cell");
                    break;
                case 3 when row.Count > 1:
                    row.RemoveAt(random.Next(row.Count));
                    what.Add("a cell removed");
                    break;
                default:
                    rows.Insert(random.Next(rows.Count + 1), [Cells[random.Next(Cells.Length)]]);
                    what.Add("a stray line");
                    break;
            }
        }
        // Cells are written unquoted on purpose, so quotes, commas and line breaks in them break the file's structure.
        var text = string.Join(random.Next(3) == 0 ? "\r\n" : "\n", rows.Select(row => string.Join(',', row)));
        var bytes = random.Next(10) == 0 ? Encoding.Unicode.GetBytes(text) : Encoding.UTF8.GetBytes(text);
        if (random.Next(10) == 0) bytes = bytes[..random.Next(bytes.Length + 1)];
        return (bytes, what.Count == 0 ? "nothing" : string.Join("; ", what));
    }

    private static string Short(string text) => text.Length > 40 ? text[..40] + $"… ({text.Length} chars)" : text;
}
