namespace EvidenceLedger.Server.Hosting;

/// <summary>
/// Keys, identities, uploaded files and bundles are the server's alone: the folders and files it creates for them are
/// readable by its OS user only. On Windows the folder's inherited ACL decides.
/// </summary>
internal static class OwnerOnlyFiles
{
    private const UnixFileMode OwnerFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerFolder = OwnerFile | UnixFileMode.UserExecute;

    /// <summary>Creates the folder owner-only when it is missing; <paramref name="tighten"/> also makes an existing one so.</summary>
    public static DirectoryInfo CreateFolder(string path, bool tighten = false)
    {
        if (OperatingSystem.IsWindows()) return Directory.CreateDirectory(path);
        var folder = Directory.CreateDirectory(path, OwnerFolder);
        if (tighten && folder.UnixFileMode != OwnerFolder) folder.UnixFileMode = OwnerFolder;
        return folder;
    }

    /// <summary>Options that create a new file for writing, owner-only, failing if the file exists.</summary>
    public static FileStreamOptions NewFile(FileOptions options = FileOptions.None)
    {
        var stream = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Options = options };
        if (!OperatingSystem.IsWindows()) stream.UnixCreateMode = OwnerFile;
        return stream;
    }
}
