using Microsoft.Playwright;

namespace EvidenceLedger.Browser.Tests.Support;

public static class Viewports
{
    public static ViewportSize Laptop { get; } = new() { Width = 1366, Height = 800 };

    public static ViewportSize Phone { get; } = new() { Width = 390, Height = 844 };
}
