// Oracle for js/internal/http2/util.js (not a differential program: run by
// tests/test_http2js_util.py under `node --expose-internals`). Every case runs through Node's own
// implementation and through ours; any difference is printed as a MISMATCH line.
'use strict';
const Module = require('module');
const path = require('path');
const util = require('util');
const JS = path.resolve(__dirname, '../../../js');
const origResolve = Module._resolveFilename;
// Our internal/http2/* files; every other internal module is Node's own (--expose-internals).
Module._resolveFilename = function(request, ...rest) {
  if (request.startsWith('internal/http2/') && this !== null) {
    const mine = path.join(JS, request + '.js');
    if (ourTurn) return mine;
  }
  return origResolve.call(this, request, ...rest);
};
let ourTurn = true;
const ours = require(path.join(JS, 'internal/http2/util.js'));
const oursConstants = require(path.join(JS, 'internal/http2/constants.js'));
ourTurn = false;
const http2 = require('http2');
const nodeUtil = require('internal/http2/util');

let mismatches = 0;
let cases = 0;
const warnings = [];
process.on('warning', (w) => warnings.push(`${w.name}: ${w.message}`));

function describe(f) {
  warnings.length = 0;
  let out;
  try {
    const r = f();
    out = 'ok ' + util.inspect(r, { depth: 5, showHidden: false }) +
      (r && typeof r === 'object' ? ' proto=' + (Object.getPrototypeOf(r) === null ? 'null' : 'obj') : '');
  } catch (e) {
    out = `throw ${e.constructor.name} ${e.name} ${e.code} ${JSON.stringify(e.message)}`;
  }
  return out;
}
// Warnings are emitted on the next tick: compare them by collecting synchronously through emitWarning.
const origEmit = process.emitWarning;
let emitted = [];
process.emitWarning = function(msg, ...rest) { emitted.push(String(msg)); };

function check(name, mineFn, nodeFn) {
  cases++;
  emitted = [];
  const a = describe(mineFn);
  const aw = emitted.join('|');
  emitted = [];
  const b = describe(nodeFn);
  const bw = emitted.join('|');
  if (a !== b || aw !== bw) {
    mismatches++;
    console.log(`MISMATCH ${name}\n  ours: ${a} [${aw}]\n  node: ${b} [${bw}]`);
  }
}

// constants
check('constants', () => JSON.stringify(Object.entries(oursConstants)),
      () => JSON.stringify(Object.entries(http2.constants)));
check('constants-proto', () => Object.getPrototypeOf(oursConstants) === Object.prototype,
      () => Object.getPrototypeOf(http2.constants) === Object.prototype);
for (const k of Object.keys(http2.constants)) {
  check('constants-desc ' + k, () => Object.getOwnPropertyDescriptor(oursConstants, k),
        () => Object.getOwnPropertyDescriptor(http2.constants, k));
}
check('defaults', () => ours.getDefaultSettings(), () => http2.getDefaultSettings());
check('sensitiveHeaders', () => String(ours.kSensitiveHeaders), () => String(http2.sensitiveHeaders));

// settings packing
const settingsCases = [
  undefined, null, 1, 'x', [], {}, { headerTableSize: 100 },
  { headerTableSize: 100, enablePush: false, initialWindowSize: 1, maxFrameSize: 16384,
    maxConcurrentStreams: 5, maxHeaderListSize: 9, enableConnectProtocol: true },
  { maxHeaderSize: 7 }, { maxHeaderListSize: 5, maxHeaderSize: 6 }, { maxHeaderListSize: 5, maxHeaderSize: 5 },
  { headerTableSize: -1 }, { headerTableSize: 2 ** 32 }, { headerTableSize: 2 ** 32 - 1 },
  { headerTableSize: '1' }, { headerTableSize: 1.5 }, { headerTableSize: NaN }, { headerTableSize: null },
  { maxFrameSize: 100 }, { maxFrameSize: 2 ** 24 }, { maxFrameSize: 2 ** 24 - 1 },
  { initialWindowSize: 2 ** 31 }, { initialWindowSize: 2 ** 31 - 1 }, { initialWindowSize: -1 },
  { maxConcurrentStreams: 2 ** 32 }, { maxConcurrentStreams: 2 ** 31 }, { maxConcurrentStreams: -0.5 },
  { maxHeaderListSize: 2 ** 32 }, { maxHeaderSize: -1 }, { maxHeaderSize: 'a' },
  { enablePush: 1 }, { enablePush: 'true' }, { enablePush: null }, { enableConnectProtocol: 'x' },
  { enableConnectProtocol: false, enablePush: true },
  { customSettings: { 7: 2 } }, { customSettings: { 9: 1, 0: 3 } }, { customSettings: { 1: 2 } },
  { customSettings: { 1: 2, 100: 3 } }, { customSettings: { 100: 3 }, headerTableSize: 5 },
  { customSettings: { 65536: 3 } }, { customSettings: { 65535: 3 } }, { customSettings: { 100: -1 } },
  { customSettings: { 100: 0 } }, { customSettings: { 100: 2 ** 32 } }, { customSettings: 5 },
  { customSettings: { a: 1 } }, { customSettings: { 100: '5' } }, { customSettings: [1] },
  { customSettings: null }, { customSettings: {} }, { customSettings: { 8: 1 } }, { customSettings: { 8: 2 } },
  { customSettings: { 2: 1 } }, { customSettings: { 2: 2 ** 31 } }, { customSettings: { 3: 100 } },
  { customSettings: { 3: 16384 } }, { customSettings: { 4: 7 } }, { customSettings: { 5: 7 } },
  { customSettings: { 6: 1 } }, { customSettings: { 6: 2 } }, { customSettings: { 100: 1.5 } },
  { customSettings: { 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9, 10: 10, 11: 11 } },
  { customSettings: { 10: 1, 11: 2, 12: 3, 13: 4, 14: 5, 15: 6, 16: 7, 17: 8, 18: 9, 19: 10 } },
  { customSettings: { 200: 1, 100: 2 }, maxFrameSize: 20000, enablePush: true },
  { headerTableSize: undefined, enablePush: undefined },
];
for (const s of settingsCases) {
  check('pack ' + util.inspect(s), () => ours.getPackedSettings(s), () => http2.getPackedSettings(s));
}
check('pack-none', () => ours.getPackedSettings(), () => http2.getPackedSettings());

const B = (a) => Buffer.from(a);
const unpackCases = [
  [B([0, 1, 0, 0, 0, 5, 0, 0])], ['x'], [undefined], [null], [{}], [[0, 1, 0, 0, 0, 1]],
  [B([0, 2, 0, 0, 0, 5]), { validate: true }], [B([0, 2, 0, 0, 0, 5])], [B([0, 9, 0, 0, 0, 5])],
  [B([0, 5, 0, 0, 0, 5]), { validate: true }], [new Uint8Array([0, 4, 0, 0, 0, 5])],
  [new DataView(new ArrayBuffer(6))], [Buffer.alloc(6), 5], [Buffer.alloc(6), null],
  [B([0, 6, 0xff, 0xff, 0xff, 0xff])], [B([0, 8, 0, 0, 0, 1, 0, 8, 0, 0, 0, 0])],
  [B([0, 4, 0x80, 0, 0, 0]), { validate: true }], [B([0, 4, 0x80, 0, 0, 0])],
  [B([0xff, 0xff, 0, 0, 0, 1, 0, 3, 0, 0, 0, 1])], [Buffer.alloc(0)],
  [B([0, 1, 0, 0, 0x10, 0, 0, 1, 0, 0, 0x20, 0])],
];
for (const args of unpackCases) {
  check('unpack ' + util.inspect(args), () => ours.getUnpackedSettings(...args),
        () => http2.getUnpackedSettings(...args));
}
const roundTrip = { headerTableSize: 1, enablePush: false, initialWindowSize: 2, maxFrameSize: 17000,
                    maxConcurrentStreams: 3, maxHeaderListSize: 4, enableConnectProtocol: true,
                    customSettings: { 77: 9 } };
check('roundtrip', () => ours.getUnpackedSettings(ours.getPackedSettings(roundTrip)),
      () => http2.getUnpackedSettings(http2.getPackedSettings(roundTrip)));

// outgoing header maps
const S = http2.sensitiveHeaders;
function withSensitive(map, list) { map[S] = list; return map; }
const headerCases = [
  {}, { ':status': 200 }, { ':status': 200, 'X-Foo': ['a', 'b'], 'set-cookie': 'c' },
  { 'x-foo': [] }, { 'x-foo': ['only'] }, { 'x-foo': undefined, 'x-bar': null }, { '': 'a' },
  { 'content-type': ['a', 'b'] }, { 'Content-Type': 'a', 'content-type': 'b' },
  { ':path': '/', ':method': 'GET', ':authority': 'a', ':scheme': 'http', ':protocol': 'ws' },
  { ':foo': 'bar' }, { ':Status': 200 }, { 'x y': 1 }, { connection: 'close' }, { upgrade: 'h2' },
  { 'http2-settings': 'x' }, { 'keep-alive': 1 }, { 'proxy-connection': 1 },
  { 'transfer-encoding': 'chunked' }, { te: 'trailers' }, { te: 'gzip' }, { TE: ['trailers'] },
  { 'x-num': 1, 'x-bool': true, 'x-obj': { a: 1 }, 'x-arr-num': [1, 2] },
  { 'set-cookie': ['a=1', 'b=2'], cookie: ['c=1', 'd=2'] },
  { 'x-z': 'z', ':status': 204, 'x-a': 'a' },
  { 'Ümlaut': 'x', 'x-ü': 'ü' }, { 'x-nl': 'a\nb' },
];
for (const h of headerCases) {
  for (const [which, oursAssert, nodeAssert] of [
    ['default', undefined, undefined],
    ['response', ours.assertValidPseudoHeaderResponse, nodeUtil.assertValidPseudoHeaderResponse],
    ['trailer', ours.assertValidPseudoHeaderTrailer, nodeUtil.assertValidPseudoHeaderTrailer],
  ]) {
    check(`mapToHeaders ${which} ${util.inspect(h)}`, () => ours.mapToHeaders(h, oursAssert),
          () => nodeUtil.mapToHeaders(h, nodeAssert));
  }
}
const sensCases = [
  [{ 'x-secret': 'a', 'x-open': 'b' }, ['X-Secret']], [{ 'x-secret': ['a', 'b'] }, ['x-secret']],
  [{ ':status': 200 }, [':status']], [{ a: 1 }, []],
];
for (const [map, list] of sensCases) {
  check(`mapToHeaders sensitive ${util.inspect(map)}`,
        () => { const m = { ...map }; m[ours.kSensitiveHeaders] = list; return ours.mapToHeaders(m); },
        () => nodeUtil.mapToHeaders(withSensitive({ ...map }, list)));
}

// incoming header objects
const rawCases = [
  [], [':status', '200', 'content-type', 'text/plain'], [':status', '404x'],
  ['set-cookie', 'a', 'set-cookie', 'b', 'cookie', 'x=1', 'cookie', 'y=2'],
  ['x-dup', '1', 'x-dup', '2', 'x-dup', '3'], ['content-type', 'a', 'content-type', 'b'],
  [':path', '/a', ':path', '/b'], ['__proto__', 'x'], ['constructor', 'y', 'toString', 'z'],
];
for (const raw of rawCases) {
  check(`toHeaderObject ${util.inspect(raw)}`,
        () => { const o = ours.toHeaderObject(raw, ['s']); return [o, o[ours.kSensitiveHeaders]]; },
        () => { const o = nodeUtil.toHeaderObject(raw, ['s']); return [o, o[S]]; });
}

// small checks
for (const v of [undefined, null, 1, 'a', [], {}, () => {}]) {
  check(`assertIsObject ${util.inspect(v)}`, () => ours.assertIsObject(v, 'options'),
        () => nodeUtil.assertIsObject(v, 'options'));
  check(`assertIsObject types ${util.inspect(v)}`, () => ours.assertIsObject(v, 'x', ['Object', 'Map']),
        () => nodeUtil.assertIsObject(v, 'x', ['Object', 'Map']));
  check(`assertIsArray ${util.inspect(v)}`, () => ours.assertIsArray(v, 'arr'),
        () => nodeUtil.assertIsArray(v, 'arr'));
}
for (const args of [['x', 5, 0, 4], ['x', '5'], ['x', undefined], ['x', -1], ['x', 1, 0, 2]]) {
  check(`assertWithinRange ${util.inspect(args)}`, () => ours.assertWithinRange(...args),
        () => nodeUtil.assertWithinRange(...args));
}
for (const m of ['GET', 'HEAD', 'DELETE', 'POST', 'get']) {
  check(`isPayloadMeaningless ${m}`, () => ours.isPayloadMeaningless(m), () => nodeUtil.isPayloadMeaningless(m));
}
for (const t of [0, 1, 2]) check(`sessionName ${t}`, () => ours.sessionName(t), () => nodeUtil.sessionName(t));
for (const h of [{ ':authority': 'a', host: 'b' }, { host: 'b' }, {}]) {
  check(`getAuthority ${util.inspect(h)}`, () => ours.getAuthority(h), () => nodeUtil.getAuthority(h));
}
check('MAX_ADDITIONAL_SETTINGS', () => ours.MAX_ADDITIONAL_SETTINGS, () => nodeUtil.MAX_ADDITIONAL_SETTINGS);

process.emitWarning = origEmit;
console.log(`cases ${cases} mismatches ${mismatches}`);
process.exitCode = mismatches ? 1 : 0;
