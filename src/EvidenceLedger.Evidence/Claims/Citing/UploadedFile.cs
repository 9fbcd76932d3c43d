namespace EvidenceLedger.Evidence.Claims.Citing;

/// <summary>A file uploaded into the ledger, named by the SHA-256 of its bytes.</summary>
/// <param name="Sha256">Lower-case hex SHA-256 of the bytes.</param>
/// <param name="Size">Its length in bytes.</param>
/// <param name="MediaType">Its media type, without parameters (<c>application/pdf</c>, <c>audio/mpeg</c>).</param>
/// <param name="FileName">The name it was uploaded under.</param>
public sealed record UploadedFile(string Sha256, long Size, string MediaType, string FileName);
