using System.Security.Cryptography;
using System.Text;
using EvidenceLedger.EventStore.Time;
using EvidenceLedger.Server.Exporting.Bundle;

namespace EvidenceLedger.Server.Exporting.Building;

/// <summary>
/// <c>VERIFY.txt</c>: how a clerk checks the bundle (verify.html in a browser, or the verifier program), then how anyone
/// checks it by hand with sha256sum, OpenSSL and a short Python program printed in full, which rebuilds every event's
/// canonical body from its fields rather than trusting the canonicalBody written beside them.
/// </summary>
public static class HowToVerify
{
    /// <summary>The lines between which VERIFY.txt prints the Python program, so that it can be cut out and run as it is.</summary>
    public const string ProgramStart = "-----8<----- check.py -----8<-----";

    public const string ProgramEnd = "-----8<----- end of check.py -----8<-----";

    /// <summary>The lines between which VERIFY.txt prints the signature commands (POSIX shell, OpenSSL 3).</summary>
    public const string SignatureStart = "-----8<----- signature commands -----8<-----";

    public const string SignatureEnd = "-----8<----- end of signature commands -----8<-----";

    // MCowBQYDK2VwAyEA is the DER header of an Ed25519 SubjectPublicKeyInfo (302a300506032b6570032100) in base64: twelve
    // bytes, so it joins the base64 of the raw 32-byte key as it is, and OpenSSL reads the result as a PEM public key.
    private const string SignatureCommands = """
        W=$(mktemp -d)
        NAME=$(printf '%s' "$KEY" | cut -d+ -f1)
        printf '%s' "$KEY" | cut -d+ -f3- | base64 -d | tail -c 32 > "$W/key.raw"
        { echo '-----BEGIN PUBLIC KEY-----'; echo "MCowBQYDK2VwAyEA$(base64 < "$W/key.raw")"; echo '-----END PUBLIC KEY-----'; } > "$W/key.pem"
        echo "fingerprint of that key: $(sha256sum < "$W/key.raw" | cut -d' ' -f1)"
        printf '%s\n' "$KEY" | cmp -s - public-key.txt && echo "public-key.txt holds that key" || echo "public-key.txt holds ANOTHER key"
        for note in checkpoint.txt export-checkpoint.txt; do
          awk '/^$/ { exit } { print }' "$note" > "$W/message"
          grep "^— $NAME " "$note" | head -n 1 | cut -d' ' -f3 | base64 -d | tail -c 64 > "$W/sig"
          echo "$note: origin $(head -n 1 "$note") (must be $NAME)"
          openssl pkeyutl -verify -pubin -inkey "$W/key.pem" -rawin -in "$W/message" -sigfile "$W/sig"
        done
        """;

    private const string Program = """
        # check.py: checks this bundle's event histories, proofs and export record with Python 3's standard library alone.
        # Run it in the folder the bundle was unzipped into:  python3 /path/to/check.py
        import base64, hashlib, json, math, os, re, struct, sys

        BODY = ('actor', 'causationId', 'correlationId', 'eventId', 'recordedAt', 'streamId', 'type')
        WITHHELD = ('source_protected_identity_attached', 'source_identity_shredded')
        NOT_RECORDED = ('export-event.json', 'export-checkpoint.txt', 'manifest.sha256')

        def fail(where, problem):
            sys.exit(f'FAILED  {where}: {problem}')

        def load(path):
            if not os.path.isfile(path): fail(path, 'the file is missing')
            with open(path, encoding='utf-8') as f:
                return json.load(f)

        def sha256(data):
            return hashlib.sha256(data).digest()

        # RFC 8785 (JSON Canonicalization Scheme): no spaces, members sorted by UTF-16 code units, minimal escapes,
        # numbers as ECMAScript writes them.
        def jcs(v):
            if v is None: return 'null'
            if v is True: return 'true'
            if v is False: return 'false'
            if isinstance(v, str): return jcs_string(v)
            if isinstance(v, (int, float)): return jcs_number(v)
            if isinstance(v, list): return '[' + ','.join(jcs(x) for x in v) + ']'
            members = sorted(v.items(), key=lambda kv: kv[0].encode('utf-16-be'))
            return '{' + ','.join(jcs_string(k) + ':' + jcs(x) for k, x in members) + '}'

        ESCAPES = {'"': '\\"', '\\': '\\\\', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t'}

        def jcs_string(s):
            return '"' + ''.join(ESCAPES.get(c) or ('\\u%04x' % ord(c) if ord(c) < 0x20 else c) for c in s) + '"'

        def jcs_number(n):
            x = float(n)
            if math.isinf(x) or math.isnan(x): raise ValueError('a number JSON cannot hold')
            if x == 0: return '0'
            if x.is_integer() and abs(x) < 2 ** 53: return str(int(x))
            mantissa, _, exponent = repr(abs(x)).partition('e')
            whole, _, fraction = mantissa.partition('.')
            digits, point = whole + fraction, len(whole) + int(exponent or 0)
            point -= len(digits) - len(digits.lstrip('0'))
            digits = digits.strip('0')
            k, sign = len(digits), '-' if x < 0 else ''
            if k <= point <= 21: return sign + digits + '0' * (point - k)
            if 0 < point <= 21: return sign + digits[:point] + '.' + digits[point:]
            if -6 < point <= 0: return sign + '0.' + '0' * -point + digits
            e = point - 1
            return sign + digits[0] + ('.' + digits[1:] if k > 1 else '') + 'e' + ('+' if e >= 0 else '-') + str(abs(e))

        # docs/event-hashing.md: the body is rebuilt from the event's own fields, never taken from canonicalBody.
        # A withheld event gives payloadSha256 in place of its data and reason; everything else it shows is hashed as usual.
        def payload_sha256(e, where):
            if e.get('withheld'):
                if e['type'] not in WITHHELD: fail(where, 'marked withheld, but it does not hold a protected identity')
                if e.get('data') is not None or e.get('reason') is not None: fail(where, 'marked withheld, yet it carries its data or reason')
                if not re.fullmatch('[0-9a-f]{64}', e.get('payloadSha256') or ''): fail(where, 'withheld, but it gives no payloadSha256')
                return e['payloadSha256']
            if 'data' not in e or 'reason' not in e: fail(where, 'the member data or reason is missing')
            return sha256(jcs({'data': e['data'], 'reason': e['reason']}).encode('utf-8')).hex()

        def check_event(e, previous, where):
            missing = [m for m in BODY if m not in e]
            if missing: fail(where, f'the member {missing[0]} is missing')
            body = jcs({**{m: e[m] for m in BODY}, 'payloadSha256': payload_sha256(e, where)})
            if e.get('canonicalBody') != body: fail(where, 'its fields do not give the canonicalBody beside them: a field was changed')
            digest = sha256(b'EvidenceLedger/event/v1\x00' + previous + struct.pack('>Q', e['version']) + body.encode('utf-8'))
            if digest.hex() != e['hash']: fail(where, f'its hash recomputed from its fields is {digest.hex()}, the file says {e["hash"]}')
            return digest

        # RFC 9162: a leaf is SHA-256(0x00 || chain hash), a node SHA-256(0x01 || left || right).
        def node(left, right):
            return sha256(b'\x01' + left + right)

        def proven_root(index, size, leaf, proof):
            fn, sn, r = index, size - 1, leaf
            for p in proof:
                if sn == 0: return None
                if fn & 1 or fn == sn:
                    r = node(p, r)
                    while not fn & 1 and fn != 0: fn, sn = fn >> 1, sn >> 1
                else:
                    r = node(r, p)
                fn, sn = fn >> 1, sn >> 1
            return r if sn == 0 else None

        def check_inclusion(e, size, root, where, checkpoint):
            if not 0 <= e['leafIndex'] < size: fail(where, f'its leaf {e["leafIndex"]} is beyond the {size} leaves of {checkpoint}')
            leaf = sha256(b'\x00' + bytes.fromhex(e['hash']))
            if proven_root(e['leafIndex'], size, leaf, [base64.b64decode(p) for p in e['inclusionProof']]) != root:
                fail(where, f'its inclusion proof does not lead to the root of {checkpoint}')

        def consistent(m, n, old, new, proof):
            if m == n: return not proof and old == new
            if m == 0 or m > n or not proof: return False
            path = ([old] if m & (m - 1) == 0 else []) + proof
            fn, sn = m - 1, n - 1
            while fn & 1: fn, sn = fn >> 1, sn >> 1
            fr = sr = path[0]
            for c in path[1:]:
                if sn == 0: return False
                if fn & 1 or fn == sn:
                    fr, sr = node(c, fr), node(c, sr)
                    while not fn & 1 and fn != 0: fn, sn = fn >> 1, sn >> 1
                else:
                    sr = node(sr, c)
                fn, sn = fn >> 1, sn >> 1
            return sn == 0 and fr == old and sr == new

        def checkpoint(path):
            if not os.path.isfile(path): fail(path, 'the file is missing')
            note = open(path, encoding='utf-8').read()
            origin, size, root = note[:note.rindex('\n\n') + 1].split('\n')[:3]
            return int(size), base64.b64decode(root, validate=True)

        def instant(text):
            m = re.fullmatch(r'(.{19})(?:\.(\d{1,9}))?Z', text or '')
            return m and m.group(1) + '.' + (m.group(2) or '').ljust(9, '0')

        if not os.path.isfile('manifest.sha256'): sys.exit('Run this in the folder the bundle was unzipped into.')

        # 1. every stream: dense versions, linked hashes, hashes recomputed, proofs against checkpoint.txt
        size, root = checkpoint('checkpoint.txt')
        leaves, heads, count = set(), {}, 0
        for name in sorted(os.listdir('streams')):
            path = 'streams/' + name
            stream = load(path)
            previous, last = bytes(32), None
            for i, e in enumerate(stream['events']):
                where = f'{path}, event version {e["version"]}'
                if e['version'] != i + 1: fail(where, f'version {i + 1} is missing')
                if e['streamId'] != stream['streamId'] or path != f'streams/{e["streamId"]}.json': fail(where, 'it belongs to another stream')
                if e['previousHash'] != (last['hash'] if last else None): fail(where, 'its previousHash is not the hash of the event before it')
                if last and (e['position'] <= last['position'] or e['leafIndex'] <= last['leafIndex']): fail(where, 'it is out of order')
                if e['leafIndex'] in leaves: fail(where, f'leaf {e["leafIndex"]} is used twice')
                leaves.add(e['leafIndex'])
                previous = check_event(e, previous, where)
                check_inclusion(e, size, root, where, 'checkpoint.txt')
                last, count = e, count + 1
            heads[stream['streamId']] = (last['version'], last['hash'], last['leafIndex'])

        # 2. the export event: its hash, its proof against export-checkpoint.txt, which extends checkpoint.txt
        record = load('export-event.json')
        x, data = record['event'], record['event']['data']
        where = 'export-event.json'
        if x['type'] != 'incident_exported' or x['streamId'] != 'export-' + data['incidentId']: fail(where, 'it is not the incident_exported event')
        if (x['previousHash'] is None) != (x['version'] == 1): fail(where, 'its previousHash does not fit its version')
        check_event(x, bytes.fromhex(x['previousHash'] or '00' * 32), where)
        export_size, export_root = checkpoint('export-checkpoint.txt')
        if x['leafIndex'] >= export_size: fail('export-checkpoint.txt', 'the checkpoint is older than the export event')
        check_inclusion(x, export_size, export_root, where, 'export-checkpoint.txt')
        if not consistent(size, export_size, root, export_root, [base64.b64decode(p) for p in record['consistencyProof']]):
            fail(where, 'its consistencyProof does not show that export-checkpoint.txt extends checkpoint.txt')

        # 3. what the export event recorded: checkpoint.txt, every stream's last event, every file's SHA-256
        if data['checkpoint'] != {'treeSize': size, 'rootHash': base64.b64encode(root).decode()}: fail('checkpoint.txt', 'it is not the checkpoint the export recorded')
        recorded = {s['streamId']: (s['version'], s['hash'], s['leafIndex']) for s in data['streams']}
        for stream_id in sorted(set(recorded) | set(heads)):
            if recorded.get(stream_id) != heads.get(stream_id):
                fail(f'streams/{stream_id}.json', f'its last event (version, hash, leaf) is {heads.get(stream_id)}, the export recorded {recorded.get(stream_id)}')
        files = {f['path']: f['sha256'] for f in data['files']}
        me = os.path.relpath(os.path.abspath(sys.argv[0]))
        present = {os.path.relpath(os.path.join(d, f)).replace(os.sep, '/') for d, _, fs in os.walk('.') for f in fs} - set(NOT_RECORDED) - {me}
        for path in sorted(set(files) | present):
            if path not in present: fail(path, 'it was exported but is missing')
            if path not in files: fail(path, 'it is not among the files the export recorded: it was added')
            if hashlib.sha256(open(path, 'rb').read()).hexdigest() != files[path]: fail(path, 'it was changed after the export')

        # 4. custody: export.json says what the ledger recorded
        d = load('export.json')
        said = (d['incidentId'], d['incidentTitle'], instant(d['exportedAt']), d['exportedBy'], d.get('reason'))
        if said != (data['incidentId'], data['incidentTitle'], instant(data['exportedAt']), x['actor'], x.get('reason')):
            fail('export.json', 'its incident, time, exporter or reason is not what the ledger recorded')

        print(f'OK: {count} events in {len(heads)} streams rebuilt and proven in checkpoint.txt; the export event proven in '
              f'export-checkpoint.txt, which extends it; {len(files)} files as recorded. Now check the signatures (step 2).')
        """;

    public static byte[] Text(ExportDescription export)
    {
        ArgumentNullException.ThrowIfNull(export);
        var key = export.PublicKey;
        var text = $$"""
            HOW TO CHECK THIS PROVENANCE BUNDLE
            ===================================

            Incident {{export.IncidentId:D}}: "{{export.IncidentTitle}}"
            Exported {{LedgerInstant.Format(export.ExportedAt)}} by {{export.ExportedBy}}{{(export.Reason is null ? "" : $" (reason: {export.Reason})")}}.
            Signed with the ledger's key {{key.KeyName}}+{{key.KeyId}}
            (SHA-256 fingerprint {{Fingerprint(key.VerifierKey)}}).

            The bundle holds the complete event history of the incident and of every source its claims rely on (one file
            each under streams/), the signed checkpoint that proves them ({{BundlePaths.Checkpoint}}), the ledger's own record
            of this export (export-event.json, proven in export-checkpoint.txt), the incident's views
            ({{BundlePaths.CurrentView}}, {{BundlePaths.AsOfExportView}}), a printable report ({{BundlePaths.Report}}), a
            description of the export ({{BundlePaths.Description}}), a page that checks all of it in a browser
            ({{BundlePaths.VerifyPage}}), and the SHA-256 of every file ({{BundlePaths.Manifest}}).

            FIRST: THE LEDGER'S KEY
            -----------------------
            A bundle is only as trustworthy as the key you check it with. The organisation that runs the ledger publishes
            its key -- a line like  evidence-ledger+1a2b3c4d+AR...  -- and the key's SHA-256 fingerprint on its website
            and in its letters to you (for instance the letter that came with this bundle). Take the key from there,
            never from this bundle: {{BundlePaths.PublicKey}} is only a copy, and whoever altered a bundle could have put
            a key of their own in it. If the fingerprint above differs from the one your organisation publishes, the
            bundle was not signed by its ledger.

            A. IN A BROWSER (the simplest way)
            ----------------------------------
              1. Open {{BundlePaths.VerifyPage}} from this bundle in a current browser (Chrome, Edge, Firefox or Safari
                 of 2025 or later). It works offline and sends nothing anywhere.
              2. Pick this bundle's zip file, or the folder you unzipped it into.
              3. Paste the ledger's key as your organisation publishes it, then press "Check the bundle".
              VERIFIED means every check holds under that key. NOT CONFIRMED means the bundle is consistent in itself,
              but you gave no key to confirm who signed it. FAILED names the file and what is wrong with it.

            B. WITH THE VERIFIER PROGRAM
            ----------------------------
                  evidence-ledger verify-bundle BUNDLE.zip --key 'THE LEDGER KEY'
              The program is one file that needs nothing else installed (ask the organisation for it, or build it from
              the ledger's source with ./ops/publish-verifier). It needs no database and no network. Exit status 0:
              verified under your key; 1: a check failed (it says which); 3: consistent in itself, but no key was
              given. It also rebuilds the views from the events, which the page and the steps below do not.

            C. BY HAND, WITH COMMON TOOLS
            -----------------------------
            Unzip the bundle into an empty folder and run every command below in that folder.

            1. EVERY FILE IS INTACT
                   sha256sum -c manifest.sha256          (macOS: shasum -a 256 -c manifest.sha256)
               Every line must end in "OK", and the folder must hold no file that the manifest does not list.

            2. THE SIGNATURES (OpenSSL 3)
               checkpoint.txt and export-checkpoint.txt are C2SP signed notes (https://c2sp.org/signed-note): an origin
               line, a tree size, a base64 root hash, possibly more lines, a blank line, then signature lines
               "— <key name> <base64 of a 4-byte key id and a 64-byte Ed25519 signature>". The signed message is the
               text up to and including the newline before the blank line. Set KEY to the ledger's key as your
               organisation publishes it, for example
                   KEY='evidence-ledger+1a2b3c4d+ARr8...'
               then run these commands (bash or another POSIX shell; on macOS "shasum -a 256" stands for sha256sum):

            {{SignatureStart}}
            {{SignatureCommands}}
            {{SignatureEnd}}

               The fingerprint must be the one your organisation publishes, public-key.txt must hold that key, each
               origin must be the key's name, and OpenSSL must print "Signature Verified Successfully" twice.

            3. THE EVENTS, THEIR PROOFS AND THE LEDGER'S RECORD OF THE EXPORT (Python 3, standard library only)
               Save the program between the two marker lines as check.py and run  python3 check.py  in the bundle's
               folder. It rebuilds every event's canonical bytes from its fields (RFC 8785 JSON of actor, causationId,
               correlationId, eventId, payloadSha256, recordedAt, streamId and type, where payloadSha256 is the hex
               SHA-256 of the RFC 8785 JSON {"data": ..., "reason": ...}) and never trusts the canonicalBody written
               beside them; recomputes every chain hash
                   SHA-256("EvidenceLedger/event/v1" || 0x00 || previous hash || version as 8 bytes big-endian || body)
               (32 zero bytes stand for the previous hash of version 1); checks that every version from 1 is there and
               linked; checks every RFC 9162 inclusion proof against checkpoint.txt, the export event's against
               export-checkpoint.txt, and the consistency proof between the two; then checks that the files, the last
               event of every history and the checkpoint are exactly those the ledger recorded in its export event, and
               that export.json agrees with it. It prints "OK: ..." or "FAILED  <file>: <what is wrong>". Events marked
               "withheld" hold a protected source identity: their data and reason are not in the bundle, only their
               payloadSha256, so their type, actor, time and ids are still checked against their hash.

            {{ProgramStart}}
            {{Program}}
            {{ProgramEnd}}

            4. WHAT THE LEDGER KEEPS
               The ledger recorded this export as the event incident_exported in the stream
               export-{{export.IncidentId:D}} (the one in export-event.json), and the zip file's own SHA-256 and size in a
               second event, incident_export_sealed, once the zip was built: ask the organisation for them
               (GET /api/exports) and compare with  sha256sum BUNDLE.zip. The views (views/*.json) are bound to the
               bundle by the export event's file hashes; verify-bundle also rebuilds {{BundlePaths.AsOfExportView}} from
               the events. The ledger shows the same with
               GET /api/incidents/{{export.IncidentId:D}}?asOf={{LedgerInstant.Format(export.ExportedAt)}}.
            """;
        return Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
    }

    /// <summary>The SHA-256 of the raw 32-byte public key in a verifier key <c>name+keyid+base64(0x01 ‖ key)</c>, in hex.</summary>
    public static string Fingerprint(string verifierKey)
    {
        ArgumentNullException.ThrowIfNull(verifierKey);
        return Convert.ToHexStringLower(SHA256.HashData(Convert.FromBase64String(verifierKey.Split('+', 3)[2]).AsSpan(1)));
    }
}
