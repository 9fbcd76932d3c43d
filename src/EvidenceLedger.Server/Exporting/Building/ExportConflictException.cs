namespace EvidenceLedger.Server.Exporting.Building;

/// <summary>The incident could not be read in one consistent state (it kept changing); nothing was exported or recorded.</summary>
public sealed class ExportConflictException(string message) : Exception(message);
