using System.Text;
using EvidenceLedger.EventStore.Time;
using EvidenceLedger.Server.Exporting.Bundle;

namespace EvidenceLedger.Server.Exporting.Building;

/// <summary><c>VERIFY.txt</c>: how to check the bundle by hand with common tools, and with verify-bundle.</summary>
public static class HowToVerify
{
    public static byte[] Text(ExportDescription export)
    {
        ArgumentNullException.ThrowIfNull(export);
        var incidentStream = export.Streams[0].File;
        var text = $$"""
            HOW TO VERIFY THIS PROVENANCE BUNDLE
            ====================================

            Incident {{export.IncidentId:D}}: "{{export.IncidentTitle}}"
            Exported {{LedgerInstant.Format(export.ExportedAt)}} by {{export.ExportedBy}}{{(export.Reason is null ? "" : $" (reason: {export.Reason})")}}.
            Signed checkpoint: tree of {{export.Checkpoint.TreeSize}} leaves, key {{export.PublicKey.KeyName}}+{{export.PublicKey.KeyId}}.

            The bundle holds the complete event history of the incident and of every source its claims rely on
            (one file each under streams/), the signed checkpoint
            ({{BundlePaths.Checkpoint}}) and the key it is signed with ({{BundlePaths.PublicKey}}), the incident's views
            ({{BundlePaths.CurrentView}}, {{BundlePaths.AsOfExportView}}), a printable report ({{BundlePaths.Report}}), a
            description of the export ({{BundlePaths.Description}}) and the SHA-256 of every one of these ({{BundlePaths.Manifest}}).

            1. EVERY FILE IS INTACT
               Unzip the bundle into an empty folder and run, in that folder:
                   sha256sum -c manifest.sha256          (macOS: shasum -a 256 -c manifest.sha256)
               Every line must end in "OK". The SHA-256 of the zip file itself is recorded in the ledger as this
               export's custody event (stream export-{{export.IncidentId:D}}; GET /api/exports): compare them.

            2. WITH OUR TOOL (no database, no network)
                   ./ops/ledger verify-bundle BUNDLE.zip --key 'VERIFIER KEY'
               It checks everything below and exits 0 only when all of it holds; otherwise it names the first file,
               event or leaf that fails and what differed. Pin the key with --key as you obtained it from the ledger
               (GET /api/ledger/public-key); without --key it trusts {{BundlePaths.PublicKey}}, and says so.

            3. AN EVENT'S HASH, BY HAND (docs/event-hashing.md)
               Each file under streams/ lists one stream's events from version 1, in order. For every event:
                   hash = SHA-256( "EvidenceLedger/event/v1" || 0x00
                                   || previousHash         (32 zero bytes for version 1)
                                   || version              (8 bytes, big-endian)
                                   || canonicalBody        (UTF-8) )
               canonicalBody is the RFC 8785 (JSON Canonicalization Scheme) form of the event's actor, causationId,
               correlationId, data, eventId, reason, recordedAt, streamId and type; rebuilding it from those members
               must give the same bytes. Each event's previousHash is the hash of the version before it, so no event
               can be altered, removed or reordered without breaking the chain.
               Events marked "withheld" hold a protected source identity: their content is not in this bundle, only
               their hash, which still links the chain and is still proven in the log.

            4. AN INCLUSION PROOF, BY HAND (RFC 9162 section 2.1.3.2)
               Every event's leaf in the ledger's Merkle tree is SHA-256(0x00 || hash). Its leafIndex and
               inclusionProof (base64 hashes, nearest the leaf first) lead from the leaf to the root hash of the tree
               of the checkpoint's size, combining two hashes as SHA-256(0x01 || left || right).

               This Python 3 program (standard library only) checks 3 and 4 for one stream file:

               import base64, hashlib, json, struct, sys
               size, root = open('checkpoint.txt', encoding='utf-8').read().split('\n')[1:3]
               size, root = int(size), base64.b64decode(root)
               def node(left, right): return hashlib.sha256(b'\x01' + left + right).digest()
               def proven_root(index, size, leaf, proof):
                   fn, sn, r = index, size - 1, leaf
                   for p in proof:
                       if fn % 2 == 1 or fn == sn:
                           r = node(p, r)
                           while fn % 2 == 0 and fn != 0: fn, sn = fn >> 1, sn >> 1
                       else:
                           r = node(r, p)
                       fn, sn = fn >> 1, sn >> 1
                   return r if sn == 0 else None
               previous = bytes(32)
               for e in json.load(open(sys.argv[1], encoding='utf-8'))['events']:
                   assert e['previousHash'] == (None if e['version'] == 1 else previous.hex()), ('chain', e['version'])
                   if e['canonicalBody'] is not None:
                       body = e['canonicalBody'].encode('utf-8')
                       digest = hashlib.sha256(b'EvidenceLedger/event/v1\x00' + previous + struct.pack('>Q', e['version']) + body)
                       assert digest.hexdigest() == e['hash'], ('hash', e['version'])
                   previous = bytes.fromhex(e['hash'])
                   leaf = hashlib.sha256(b'\x00' + previous).digest()
                   proof = [base64.b64decode(p) for p in e['inclusionProof']]
                   assert proven_root(e['leafIndex'], size, leaf, proof) == root, ('proof', e['version'])
               print('chain and proofs OK')

               Save it as check.py and run:  python3 check.py {{incidentStream}}

            5. THE CHECKPOINT'S SIGNATURE
               checkpoint.txt is a C2SP signed note (https://c2sp.org/signed-note): the lines "<origin>",
               "<tree size>", "<base64 root hash>", a blank line, and the Ed25519 signature line. It verifies against
               the key in public-key.txt (name+key id+base64 key) with Go's golang.org/x/mod/sumdb/note, or with
               verify-bundle. Make sure that key is the ledger's own (GET /api/ledger/public-key): a forger would
               sign with a key of their own.

            6. THE VIEWS
               views/as-of-export.json is the incident, and every source its claims rely on, as replaying exactly
               these events through the ledger's own view builders gives them; verify-bundle rebuilds it and compares.
               The ledger shows the same with GET /api/incidents/{{export.IncidentId:D}}?asOf={{LedgerInstant.Format(export.ExportedAt)}}.
               views/current.json is the ledger's read model at the moment of the export.
            """;
        return Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
    }
}
