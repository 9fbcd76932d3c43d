namespace EvidenceLedger.Integrity.Checkpoints;

/// <summary>One signature line of a signed note: key name, key ID and the raw signature bytes after the ID.</summary>
internal sealed record NoteSignature(string KeyName, uint KeyId, byte[] Signature);
