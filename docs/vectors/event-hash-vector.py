#!/usr/bin/env python3
"""Independent check of docs/event-hashing.md: rebuilds the canonical bytes and chain hashes of the
test vector in event-hash-vector.json with nothing but Python's standard library."""
import hashlib, json, struct, sys

def jcs(value):
    # RFC 8785 for the JSON this vector uses (strings, integers, objects, null); numbers that need
    # ECMAScript formatting beyond integers are not present here.
    if isinstance(value, dict):
        items = sorted(value.items(), key=lambda kv: kv[0].encode('utf-16-be'))
        return '{' + ','.join(jcs(k) + ':' + jcs(v) for k, v in items) + '}'
    if isinstance(value, list):
        return '[' + ','.join(jcs(v) for v in value) + ']'
    if isinstance(value, str):
        out = '"'
        for ch in value:
            if ch == '"': out += '\\"'
            elif ch == '\\': out += '\\\\'
            elif ch == '\b': out += '\\b'
            elif ch == '\f': out += '\\f'
            elif ch == '\n': out += '\\n'
            elif ch == '\r': out += '\\r'
            elif ch == '\t': out += '\\t'
            elif ord(ch) < 0x20: out += '\\u%04x' % ord(ch)
            else: out += ch
        return out + '"'
    if value is None: return 'null'
    if value is True: return 'true'
    if value is False: return 'false'
    if isinstance(value, int): return str(value)
    raise ValueError('unsupported value in vector')

def payload_sha256(event):
    # An event shown without its payload (withheld) gives payloadSha256 instead of data and reason.
    if 'payloadSha256' in event and 'data' not in event:
        return event['payloadSha256']
    return hashlib.sha256(jcs({'data': event['data'], 'reason': event['reason']}).encode('utf-8')).hexdigest()

def body(event):
    members = {k: event[k] for k in ('actor', 'causationId', 'correlationId', 'eventId', 'recordedAt', 'streamId', 'type')}
    members['payloadSha256'] = payload_sha256(event)
    return jcs(members).encode('utf-8')

def chain_hash(previous, version, body_bytes):
    return hashlib.sha256(b'EvidenceLedger/event/v1\x00' + previous + struct.pack('>Q', version) + body_bytes).digest()

vector = json.load(open(sys.argv[1] if len(sys.argv) > 1 else 'event-hash-vector.json', encoding='utf-8'))
previous = bytes(32)
ok = True
for event in vector['events']:
    if 'data' in event and 'payloadSha256' in event and event['payloadSha256'] != payload_sha256(event):
        print('PAYLOAD MISMATCH at version', event['version']); ok = False
    b = body(event)
    h = chain_hash(previous, event['version'], b)
    print(event['version'], h.hex(), 'body', hashlib.sha256(b).hexdigest())
    if 'hash' in event and event['hash'] != h.hex():
        print('MISMATCH at version', event['version']); ok = False
    previous = h
sys.exit(0 if ok else 1)
