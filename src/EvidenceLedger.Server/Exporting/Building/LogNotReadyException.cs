namespace EvidenceLedger.Server.Exporting.Building;

/// <summary>
/// Some exported events are not in the Merkle log yet and could not be integrated in time (a long transaction elsewhere
/// holds the complete log's fence back); nothing was exported or recorded, and trying again shortly will do.
/// </summary>
public sealed class LogNotReadyException(string message) : Exception(message);
