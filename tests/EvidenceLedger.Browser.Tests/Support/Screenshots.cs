using Microsoft.Playwright;

namespace EvidenceLedger.Browser.Tests.Support;

/// <summary>Screenshots under <c>tests/EvidenceLedger.Browser.Tests/TestResults/screenshots/&lt;class&gt;/</c>.</summary>
public static class Screenshots
{
    public static string Folder { get; } = Path.Combine(ProjectDirectory(), "TestResults", "screenshots");

    public static async Task<string> SaveAsync(IPage page, string testClass, string name)
    {
        var path = Path.Combine(Folder, testClass, name + ".png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        return path;
    }

    private static string ProjectDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "EvidenceLedger.Browser.Tests.csproj"))) return dir.FullName;
        return AppContext.BaseDirectory;
    }
}
