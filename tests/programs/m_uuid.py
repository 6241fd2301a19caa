# uuid: the UUID class, uuid3/uuid5 (hashlib), uuid4/uuid1 properties
import uuid
import pickle
import copy

u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(u, repr(u), u.hex, u.int, u.urn)
print(u.bytes, u.bytes_le)
print(u.fields, u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant,
      u.clock_seq_low, u.node, u.time, u.clock_seq)
print(u.variant, u.version, u.is_safe)
same = [uuid.UUID('{12345678-1234-5678-1234-567812345678}'),
        uuid.UUID('12345678123456781234567812345678'),
        uuid.UUID('urn:uuid:12345678-1234-5678-1234-567812345678'),
        uuid.UUID(bytes=b'\x12\x34\x56\x78' * 4),
        uuid.UUID(bytes_le=b'\x78\x56\x34\x12\x34\x12\x78\x56\x12\x34\x56\x78\x12\x34\x56\x78'),
        uuid.UUID(fields=(0x12345678, 0x1234, 0x5678, 0x12, 0x34, 0x567812345678)),
        uuid.UUID(int=0x12345678123456781234567812345678)]
print([x == u for x in same], len(set(same)), hash(u) == hash(u.int))
v = uuid.UUID(int=0, version=4)
print(v, v.version, v.variant)
print(uuid.UUID(int=(1 << 128) - 1), uuid.UUID(int=(1 << 128) - 1).variant)
print(uuid.UUID(int=0xc000 << 48).variant, uuid.UUID(int=0xe000 << 48).variant)
print(u < v, u > v, u <= u, u >= v, u == 5, u != u, sorted([u, v])[0] is v)
print(int(u) == u.int, str(uuid.NAMESPACE_DNS), uuid.NAMESPACE_URL, uuid.NAMESPACE_OID,
      uuid.NAMESPACE_X500)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid3(uuid.NAMESPACE_URL, 'http://example.com/\u00e9'),
      uuid.uuid5(uuid.NAMESPACE_OID, '1.2.3'))
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'x').version, uuid.uuid5(uuid.NAMESPACE_DNS, 'x').version)
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), len(r.hex), len(r.bytes), r != uuid.uuid4())
t = uuid.uuid1()
print(t.version, t.variant, t.node == uuid.getnode(), uuid.getnode() < 1 << 48)
print(uuid.uuid1(node=0x123456789abc, clock_seq=0x1234).node == 0x123456789abc,
      uuid.uuid1(clock_seq=0x1234).clock_seq)
print(pickle.loads(pickle.dumps(u)) == u, copy.copy(u) == u, copy.deepcopy(u) == u)
print(uuid.SafeUUID.safe, uuid.SafeUUID.unknown.value, uuid.RFC_4122, uuid.RESERVED_NCS,
      uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE)
for kwargs in [{}, {'hex': 'x'}, {'hex': '{12345678-1234-5678-1234-56781234567}'},
               {'hex': 'g' * 32}, {'bytes': b'abc'}, {'bytes_le': b'abc'},
               {'fields': (1, 2)}, {'fields': (1 << 32, 0, 0, 0, 0, 0)},
               {'fields': (0, 0, 0, 256, 0, 0)}, {'fields': (0, 0, 0, 0, 0, 1 << 48)},
               {'int': -1}, {'int': 1 << 128}, {'int': 0, 'version': 6},
               {'int': 1, 'hex': '0' * 32}]:
    try:
        uuid.UUID(**kwargs)
        print('no error')
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    u.int = 5
except TypeError as e:
    print(e)
d = {u: 'a'}
print(d[uuid.UUID(str(u))])
try:
    uuid.uuid5(uuid.NAMESPACE_DNS, b'bytes')
except TypeError as e:
    print(e)
