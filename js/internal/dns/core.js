'use strict';
// Node's dns (callback and promise forms) over internalBinding('dns'): lookup/lookupService use
// the system resolver (getaddrinfo/getnameinfo), Resolver#resolve* ask the DNS servers directly
// (dnspython standing in for c-ares). Errors are Node's DNSException (`queryA ENOTFOUND x`).

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_INVALID_IP_ADDRESS },
  DNSException,
} = require('internal/errors');
const {
  validateString, validateFunction, validateOneOf, validateBoolean, validateNumber, validatePort,
  validateInt32, validateArray, validateObject,
} = require('internal/validators');
const { isIP } = require('net');

const binding = internalBinding('dns');
const kCustomPromisifyArgs = Symbol.for('nodecompat.util.promisify.customArgs');

const ADDRCONFIG = 1024;
const ALL = 256;
const V4MAPPED = 2048;
const validFamilies = [0, 4, 6];
let defaultResultOrder = 'verbatim';

const errorCodes = {
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP', REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP', CONNREFUSED: 'ECONNREFUSED', TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM', DESTRUCTION: 'EDESTRUCTION', BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME', BADHINTS: 'EBADHINTS', NOTINITIALIZED: 'ENOTINITIALIZED',
  LOADIPHLPAPI: 'ELOADIPHLPAPI', ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS', CANCELLED: 'ECANCELLED',
};

function lookupError(desc) {
  const err = new DNSException(desc.code, desc.syscall, desc.hostname);
  err.errno = desc.errno;
  return err;
}

function sortResults(list, order) {
  if (order === 'ipv4first') return list.filter((a) => a[1] === 4).concat(list.filter((a) => a[1] === 6));
  if (order === 'ipv6first') return list.filter((a) => a[1] === 6).concat(list.filter((a) => a[1] === 4));
  return list;
}

// Parses lookup's (hostname, options, callback) as Node does; returns null for the fast paths.
function parseLookup(hostname, options, callback, nargs) {
  let family = 0;
  let all = false;
  let order = defaultResultOrder;
  if (hostname) validateString(hostname, 'hostname');
  if (typeof options === 'function') {
    callback = options;
  } else if (typeof options === 'number') {
    validateFunction(callback, 'callback');
    validateOneOf(options, 'family', validFamilies);
    family = options;
  } else if (options !== undefined && typeof options !== 'object') {
    validateFunction(nargs === 2 ? options : callback, 'callback');
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  } else {
    validateFunction(callback, 'callback');
    if (options?.hints != null) {
      validateNumber(options.hints, 'options.hints');
      const hints = options.hints >>> 0;
      if ((hints & ~(ADDRCONFIG | ALL | V4MAPPED)) !== 0) {
        throw new ERR_INVALID_ARG_VALUE('hints', hints);
      }
    }
    if (options?.family != null) {
      switch (options.family) {
        case 'IPv4': family = 4; break;
        case 'IPv6': family = 6; break;
        default:
          validateOneOf(options.family, 'options.family', validFamilies);
          family = options.family;
      }
    }
    if (options?.all != null) {
      validateBoolean(options.all, 'options.all');
      all = options.all;
    }
    if (options?.verbatim != null) {
      validateBoolean(options.verbatim, 'options.verbatim');
      order = options.verbatim ? 'verbatim' : 'ipv4first';
    }
    if (options?.order != null) {
      validateOneOf(options.order, 'options.order', ['ipv4first', 'ipv6first', 'verbatim']);
      order = options.order;
    }
  }
  return { callback, family, all, order };
}

let invalidHostnameWarningEmitted = false;
function emitInvalidHostnameWarning(hostname) {
  if (!invalidHostnameWarningEmitted) {
    process.emitWarning(
      `The provided hostname "${hostname}" is not a valid ` +
      'hostname, and is supported in the dns module solely for compatibility.',
      'DeprecationWarning', 'DEP0118');
    invalidHostnameWarningEmitted = true;
  }
}

function lookup(hostname, options, callback) {
  const o = parseLookup(hostname, options, callback, arguments.length);
  const cb = o.callback;
  if (!hostname) {
    emitInvalidHostnameWarning(hostname);
    if (o.all) process.nextTick(cb, null, []);
    else process.nextTick(cb, null, null, o.family === 6 ? 6 : 4);
    return {};
  }
  const matched = isIP(hostname);
  if (matched) {
    if (o.all) process.nextTick(cb, null, [{ address: hostname, family: matched }]);
    else process.nextTick(cb, null, hostname, matched);
    return {};
  }
  const req = { hostname, family: o.family, oncomplete: null };
  binding.lookup(hostname, o.family, (desc, json) => {
    if (desc) return cb(lookupError(desc));
    const list = sortResults(JSON.parse(json), o.order);
    if (o.all) return cb(null, list.map(([address, family]) => ({ address, family })));
    if (list.length === 0) return cb(lookupError({ code: 'ENOTFOUND', errno: -3008, syscall: 'getaddrinfo', hostname }));
    cb(null, list[0][0], list[0][1]);
  });
  return req;
}
Object.defineProperty(lookup, kCustomPromisifyArgs, { __proto__: null, value: ['address', 'family'], enumerable: false });

function checkLookupService(args, address, port) {
  if (args.length < 2) throw new ERR_MISSING_ARGS('address', 'port');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  return +port;
}

function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw new ERR_MISSING_ARGS('address', 'port', 'callback');
  port = checkLookupService(arguments, address, port);
  validateFunction(callback, 'callback');
  binding.lookupService(address, port, (desc, hostname, service) => {
    if (desc) return callback(lookupError(desc));
    callback(null, hostname, service);
  });
  return {};
}
Object.defineProperty(lookupService, kCustomPromisifyArgs, { __proto__: null, value: ['hostname', 'service'], enumerable: false });

// ---- Resolver ---------------------------------------------------------------------------------

let nextOwner = 1;

function parseServer(serv, index) {
  validateString(serv, `servers[${index}]`);
  let m;
  if ((m = /^\[([^\]]+)\](?::(\d+))?$/.exec(serv)) && isIP(m[1]) === 6) return [m[1], m[2] ? +m[2] : 53];
  if (isIP(serv)) return [serv, 53];
  if ((m = /^([^:]+):(\d+)$/.exec(serv)) && isIP(m[1]) === 4) return [m[1], +m[2]];
  throw new ERR_INVALID_IP_ADDRESS(serv);
}

class ResolverBase {
  constructor(options = undefined) {
    let timeout = -1;
    let tries = 4;
    if (options !== undefined) {
      validateObject(options, 'options');
      if (options.timeout !== undefined) {
        validateInt32(options.timeout, 'options.timeout', -1);
        timeout = options.timeout;
      }
      if (options.tries !== undefined) {
        validateInt32(options.tries, 'options.tries', 1);
        tries = options.tries;
      }
    }
    this._timeout = timeout;
    this._tries = tries;
    this._servers = JSON.parse(binding.defaultServers());
    this._owner = nextOwner++;
  }

  cancel() { binding.cancel(this._owner); }

  getServers() {
    return this._servers.map(([h, p]) => {
      const host = isIP(h) === 6 ? `[${h}]` : h;
      return p === 53 ? h : `${host}:${p}`;
    });
  }

  setServers(servers) {
    validateArray(servers, 'servers');
    this._servers = servers.map(parseServer);
  }

  setLocalAddress(ipv4, ipv6) {
    validateString(ipv4, 'ipv4');
    if (ipv6 !== undefined) validateString(ipv6, 'ipv6');
  }

  _query(rrtype, syscall, name, ttl, done) {
    binding.query(this._owner, rrtype, name, JSON.stringify(this._servers), this._timeout, this._tries,
                  !!ttl, (code, json) => {
                    if (code) return done(new DNSException(code, syscall, name));
                    done(null, JSON.parse(json));
                  });
  }
}

const queries = [
  ['resolveAny', 'queryAny', 'ANY'], ['resolve4', 'queryA', 'A'], ['resolve6', 'queryAaaa', 'AAAA'],
  ['resolveCaa', 'queryCaa', 'CAA'], ['resolveCname', 'queryCname', 'CNAME'],
  ['resolveMx', 'queryMx', 'MX'], ['resolveNs', 'queryNs', 'NS'], ['resolveTxt', 'queryTxt', 'TXT'],
  ['resolveSrv', 'querySrv', 'SRV'], ['resolvePtr', 'queryPtr', 'PTR'],
  ['resolveNaptr', 'queryNaptr', 'NAPTR'], ['resolveSoa', 'querySoa', 'SOA'],
];
const rrtypes = { __proto__: null };
for (const [method, , type] of queries) rrtypes[type] = method;

function reverseName(ip) {
  const fam = isIP(ip);
  if (fam === 4) return `${ip.split('.').reverse().join('.')}.in-addr.arpa`;
  // expand :: then nibble-reverse
  const [head, tail = ''] = ip.split('::');
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...h, ...Array(8 - h.length - t.length).fill('0'), ...t] : h;
  const hex = groups.map((g) => g.padStart(4, '0')).join('');
  return `${hex.split('').reverse().join('.')}.ip6.arpa`;
}

class Resolver extends ResolverBase {}
for (const [method, syscall, type] of queries) {
  const fn = {
    [syscall](name, options, callback) {
      if (arguments.length <= 2) {
        callback = options;
        options = undefined;
      }
      validateString(name, 'name');
      validateFunction(callback, 'callback');
      this._query(type, syscall, name, options && options.ttl, callback);
      return {};
    },
  }[syscall];
  Resolver.prototype[method] = fn;
}
Resolver.prototype.reverse = function getHostByAddr(ip, callback) {
  validateString(ip, 'ip');
  validateFunction(callback, 'callback');
  if (!isIP(ip)) throw new DNSException('EINVAL', 'getHostByAddr', ip);
  this._query('PTR', 'getHostByAddr', reverseName(ip), false, (err, names) => {
    if (err) {
      err.message = `getHostByAddr ${err.code} ${ip}`;
      err.syscall = 'getHostByAddr';
      err.hostname = ip;
    }
    callback(err, names);
  });
  return {};
};
Resolver.prototype.resolve = function resolve(hostname, rrtype, callback) {
  if (typeof rrtype === 'string') {
    const method = rrtypes[rrtype];
    if (method === undefined) throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
    return this[method](hostname, callback);
  }
  if (typeof rrtype === 'function') return this.resolve4(hostname, rrtype);
  throw new ERR_INVALID_ARG_TYPE('rrtype', 'string', rrtype);
};

// ---- promises ---------------------------------------------------------------------------------

class PromiseResolver extends ResolverBase {}
Object.defineProperty(PromiseResolver, 'name', { __proto__: null, value: 'Resolver' });
for (const [method, syscall, type] of queries) {
  PromiseResolver.prototype[method] = {
    [syscall](name, options) {
      validateString(name, 'name');
      return new Promise((resolve, reject) => {
        this._query(type, syscall, name, options && options.ttl, (err, v) => (err ? reject(err) : resolve(v)));
      });
    },
  }[syscall];
}
PromiseResolver.prototype.reverse = function getHostByAddr(ip) {
  return new Promise((resolve, reject) => {
    Resolver.prototype.reverse.call(this, ip, (err, v) => (err ? reject(err) : resolve(v)));
  });
};
PromiseResolver.prototype.resolve = function resolve(hostname, rrtype) {
  let method;
  if (rrtype !== undefined) {
    validateString(rrtype, 'rrtype');
    method = rrtypes[rrtype];
    if (method === undefined) throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
  } else {
    method = 'resolve4';
  }
  return this[method](hostname);
};

function promiseLookup(hostname, options) {
  parseLookup(hostname, options, () => {}, 2);  // validation errors throw synchronously
  return new Promise((resolve, reject) => {
    lookup(hostname, options ?? {}, (err, address, family) => {
      if (err) return reject(err);
      if (Array.isArray(address)) return resolve(address);
      resolve({ address, family });
    });
  });
}

function promiseLookupService(address, port) {
  if (arguments.length !== 2) throw new ERR_MISSING_ARGS('address', 'port');
  port = checkLookupService(arguments, address, port);
  return new Promise((resolve, reject) => {
    lookupService(address, port, (err, hostname, service) => (err ? reject(err) : resolve({ hostname, service })));
  });
}

// ---- the default resolver and module objects --------------------------------------------------

const defaultResolver = new Resolver();
const defaultPromiseResolver = new PromiseResolver();

function getDefaultResultOrder() { return defaultResultOrder; }
function setDefaultResultOrder(order) {
  validateOneOf(order, 'dnsOrder', ['verbatim', 'ipv4first', 'ipv6first']);
  defaultResultOrder = order;
}

function bindDefaults(target, resolverRef, Klass) {
  target.getServers = function getServers() { return resolverRef().getServers(); };
  target.setServers = function setServers(servers) {
    resolverRef().setServers(servers);
    // one server list for both module faces, as in Node
    defaultResolver._servers = resolverRef()._servers;
    defaultPromiseResolver._servers = resolverRef()._servers;
  };
  target.resolve = function resolve(...args) { return resolverRef().resolve(...args); };
  for (const [method] of queries) {
    target[method] = { [method](...args) { return resolverRef()[method](...args); } }[method];
    Object.defineProperty(target[method], 'name', { __proto__: null, value: `bound ${Klass.prototype[method].name}` });
  }
  target.reverse = function reverse(...args) { return resolverRef().reverse(...args); };
}

const promises = {
  lookup: promiseLookup,
  lookupService: promiseLookupService,
  Resolver: PromiseResolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers: null,
};
const callbacks = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers: null,
  ADDRCONFIG,
  ALL,
  V4MAPPED,
};
bindDefaults(callbacks, () => defaultResolver, Resolver);
bindDefaults(promises, () => defaultPromiseResolver, PromiseResolver);
Object.assign(promises, errorCodes);
Object.assign(callbacks, errorCodes);

// Node's key order: lookup … setServers, (flags), error codes, getServers, resolve*, reverse
function ordered(obj, head) {
  const out = {};
  for (const k of head) out[k] = obj[k];
  for (const k of Object.keys(errorCodes)) out[k] = obj[k];
  out.getServers = obj.getServers;
  out.resolve = obj.resolve;
  for (const m of queries.map((q) => q[0]).sort()) out[m] = obj[m];
  out.reverse = obj.reverse;
  return out;
}

module.exports = {
  callbacks: ordered(callbacks, ['lookup', 'lookupService', 'Resolver', 'getDefaultResultOrder',
    'setDefaultResultOrder', 'setServers', 'ADDRCONFIG', 'ALL', 'V4MAPPED']),
  promises: ordered(promises, ['lookup', 'lookupService', 'Resolver', 'getDefaultResultOrder',
    'setDefaultResultOrder', 'setServers']),
};
