'use strict';
// net.SocketAddress (Node 20): validated, canonical (inet_ntop-style) address + port + family.

const { codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_ADDRESS } } = require('internal/errors');
const { validateObject, validateString, validatePort, validateUint32 } = require('internal/validators');

const kDetail = Symbol('kDetail');

function parseIPv4(s) {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (!m) return null;
  const parts = m.slice(1).map(Number);
  if (parts.some((p, i) => p > 255 || (m[i + 1].length > 1 && m[i + 1][0] === '0'))) return null;
  return parts;
}

// 8 groups of 16 bits, or null (inet_pton's IPv6 grammar, incl. a trailing dotted quad)
function parseIPv6(s) {
  let tail4 = null;
  const dot = s.lastIndexOf(':');
  if (s.includes('.')) {
    tail4 = parseIPv4(s.slice(dot + 1));
    if (!tail4) return null;
    s = `${s.slice(0, dot + 1)}${((tail4[0] << 8) | tail4[1]).toString(16)}:${((tail4[2] << 8) | tail4[3]).toString(16)}`;
  }
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const conv = (h) => (h === '' ? [] : h.split(':'));
  const head = conv(halves[0]);
  const tail = halves.length === 2 ? conv(halves[1]) : [];
  const all = [...head, ...tail];
  if (all.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return null;
  if (halves.length === 1 && all.length !== 8) return null;
  if (halves.length === 2 && all.length > 7) return null;
  const fill = Array(8 - all.length).fill(0);
  return [...head.map((g) => parseInt(g, 16)), ...(halves.length === 2 ? fill : []), ...tail.map((g) => parseInt(g, 16))];
}

// inet_ntop: longest run (>= 2) of zero groups as '::'; IPv4-mapped/compatible keep a dotted tail
function formatIPv6(g) {
  let best = -1; let bestLen = 0;
  for (let i = 0; i < 8;) {
    if (g[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) { best = i; bestLen = j - i; }
    i = j;
  }
  const hex = (a) => a.map((x) => x.toString(16));
  const dotted = (a, b) => `${a >> 8}.${a & 255}.${b >> 8}.${b & 255}`;
  if (best === 0 && (bestLen === 6 || (bestLen === 5 && g[5] === 0xffff))) {
    return `::${bestLen === 5 ? 'ffff:' : ''}${dotted(g[6], g[7])}`;
  }
  if (best === -1) return hex(g).join(':');
  return `${hex(g.slice(0, best)).join(':')}::${hex(g.slice(best + bestLen)).join(':')}`;
}

class SocketAddress {
  static isSocketAddress(value) {
    return value?.[kDetail] !== undefined;
  }

  constructor(options = {}) {
    validateObject(options, 'options');
    let { family = 'ipv4' } = options;
    const { address = (family === 'ipv4' ? '127.0.0.1' : '::'), port = 0, flowlabel = 0 } = options;
    if (typeof family?.toLowerCase === 'function') family = family.toLowerCase();
    if (family !== 'ipv4' && family !== 'ipv6') throw new ERR_INVALID_ARG_VALUE('options.family', options.family);
    validateString(address, 'options.address');
    validatePort(port, 'options.port');
    validateUint32(flowlabel, 'options.flowlabel', false);
    let canonical;
    if (family === 'ipv4') {
      const p = parseIPv4(address);
      if (!p) throw new ERR_INVALID_ADDRESS();
      canonical = p.join('.');
    } else {
      const g = parseIPv6(address);
      if (!g) throw new ERR_INVALID_ADDRESS();
      canonical = formatIPv6(g);
    }
    this[kDetail] = { address: canonical, port: +port, family, flowlabel: family === 'ipv6' ? flowlabel : 0 };
  }

  get address() { return this[kDetail].address; }
  get port() { return this[kDetail].port; }
  get family() { return this[kDetail].family; }
  get flowlabel() { return this[kDetail].flowlabel; }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    return `SocketAddress ${inspect(this.toJSON(), { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }

  toJSON() {
    return { address: this.address, port: this.port, family: this.family, flowlabel: this.flowlabel };
  }
}

module.exports = { SocketAddress, parseIPv6 };
