namespace EvidenceLedger.Evidence.Places;

/// <summary>WGS 84 latitude/longitude in decimal degrees, and how far (in metres) the true spot may lie from them.</summary>
public sealed record Coordinates(double Latitude, double Longitude, double PrecisionMetres);
