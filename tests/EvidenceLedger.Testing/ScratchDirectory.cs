namespace EvidenceLedger.Testing;

/// <summary>Removes a test's temporary directory.</summary>
public static class ScratchDirectory
{
    /// <summary>
    /// Deletes it, retrying for a few seconds: a cluster's detached watcher polls its lock file once a second and may
    /// recreate it just as the directory is emptied, until it notices the cluster is gone.
    /// </summary>
    public static async Task DeleteAsync(DirectoryInfo directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                directory.Refresh();
                if (directory.Exists) directory.Delete(recursive: true);
                return;
            }
            catch (IOException) when (attempt < 30)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100));
            }
        }
    }
}
