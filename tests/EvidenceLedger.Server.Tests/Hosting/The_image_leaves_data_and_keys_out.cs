namespace EvidenceLedger.Server.Tests.Hosting;

/// <summary>
/// ops/Dockerfile copies the whole repository into its build stage: its .dockerignore must keep every data directory,
/// every key file and the build outputs out of the image (no Docker engine runs here, so the file itself is checked).
/// </summary>
public sealed class The_image_leaves_data_and_keys_out
{
    [Theory]
    [InlineData(".ledger-data")]
    [InlineData("**/.ledger-data")]
    [InlineData(".ledger-test")]
    [InlineData("data")]
    [InlineData("**/keys")]
    [InlineData("**/*.key")]
    [InlineData("**/bin")]
    [InlineData("**/obj")]
    [InlineData("artifacts")]
    public void The_dockerignore_keeps_it_out(string pattern)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), ".dockerignore")).Select(line => line.Trim());

        Assert.Contains(pattern, lines);
    }

    [Fact]
    public void The_dockerfile_builds_from_the_repository_the_dockerignore_sits_in()
    {
        var dockerfile = File.ReadAllText(Path.Combine(RepositoryRoot(), "ops", "Dockerfile"));
        var compose = File.ReadAllText(Path.Combine(RepositoryRoot(), "docker-compose.yml"));

        Assert.Contains("COPY . .", dockerfile, StringComparison.Ordinal);
        Assert.Contains("context: .", compose, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(RepositoryRoot(), "ops", "Dockerfile.dockerignore")), "a Dockerfile.dockerignore would replace the repository's .dockerignore");
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "EvidenceLedger.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("Not inside the repository.");
    }
}
