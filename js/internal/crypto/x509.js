'use strict';
// crypto.X509Certificate (Node's lib/internal/crypto/x509.js) on nodecompat/crypto/x509.py:
// OpenSSL parses and checks, so errors and answers are Node's. No KeyObject: `publicKey`,
// `verify()` and `checkPrivateKey()` throw ERR_METHOD_NOT_IMPLEMENTED (docs/crypto.md).

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_METHOD_NOT_IMPLEMENTED },
} = require('internal/errors');
const { validateObject, validateString, validateBoolean } = require('internal/validators');
const { inspect } = require('util');
const binding = internalBinding('crypto');

const kRaw = Symbol('kRaw');
const kInfo = Symbol('kInfo');
const kIssuer = Symbol('kIssuer');
const kEmpty = Object.freeze({ __proto__: null });

// OpenSSL's X509_CHECK_FLAG_* values
const X509_CHECK_FLAG_ALWAYS_CHECK_SUBJECT = 0x1;
const X509_CHECK_FLAG_NO_WILDCARDS = 0x2;
const X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS = 0x4;
const X509_CHECK_FLAG_MULTI_LABEL_WILDCARDS = 0x8;
const X509_CHECK_FLAG_SINGLE_LABEL_SUBDOMAINS = 0x10;
const X509_CHECK_FLAG_NEVER_CHECK_SUBJECT = 0x20;

function isX509Certificate(value) {
  return value != null && typeof value === 'object' && value[kRaw] !== undefined;
}

function getFlags(options = kEmpty) {
  validateObject(options, 'options');
  const {
    subject = 'default', wildcards = true, partialWildcards = true,
    multiLabelWildcards = false, singleLabelSubdomains = false,
  } = { ...options };
  let flags = 0;
  validateString(subject, 'options.subject');
  validateBoolean(wildcards, 'options.wildcards');
  validateBoolean(partialWildcards, 'options.partialWildcards');
  validateBoolean(multiLabelWildcards, 'options.multiLabelWildcards');
  validateBoolean(singleLabelSubdomains, 'options.singleLabelSubdomains');
  switch (subject) {
    case 'default': break;
    case 'always': flags |= X509_CHECK_FLAG_ALWAYS_CHECK_SUBJECT; break;
    case 'never': flags |= X509_CHECK_FLAG_NEVER_CHECK_SUBJECT; break;
    default: throw new ERR_INVALID_ARG_VALUE('options.subject', subject);
  }
  if (!wildcards) flags |= X509_CHECK_FLAG_NO_WILDCARDS;
  if (!partialWildcards) flags |= X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS;
  if (multiLabelWildcards) flags |= X509_CHECK_FLAG_MULTI_LABEL_WILDCARDS;
  if (singleLabelSubdomains) flags |= X509_CHECK_FLAG_SINGLE_LABEL_SUBDOMAINS;
  return flags;
}

// An OpenSSL error description from Python -> Node's crypto Error (code, library, reason)
function opensslError(d) {
  const err = new Error(`${d.message}`);
  if (d.library) err.library = `${d.library}`;
  if (d.reason) err.reason = `${d.reason}`;
  if (d.code) err.code = `${d.code}`;
  return err;
}

// getPeerCertificate()-shaped object from the JSON tls/binding.py produces
function legacyFromJSON(text) {
  const list = JSON.parse(text);
  const o = {};
  for (const [k, v] of Object.entries(list[0])) {
    if (k === 'subject' || k === 'issuer' || k === 'infoAccess') o[k] = Object.assign(Object.create(null), v);
    else if (v && typeof v === 'object' && v.$b64 !== undefined) o[k] = Buffer.from(v.$b64, 'base64');
    else o[k] = v;
  }
  return o;
}

function pem(der) {
  const b64 = der.toString('base64');
  let body = '';
  for (let i = 0; i < b64.length; i += 64) body += `${b64.slice(i, i + 64)}\n`;
  return `-----BEGIN CERTIFICATE-----\n${body}-----END CERTIFICATE-----\n`;
}

class X509Certificate {
  constructor(buffer) {
    if (typeof buffer === 'string') buffer = Buffer.from(buffer);
    if (!ArrayBuffer.isView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
    }
    const u8 = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    const got = JSON.parse(binding.x509Parse(u8));
    if (got.error) throw opensslError(got.error);
    this[kRaw] = Buffer.from(got.der, 'base64');
    this[kInfo] = null;
    this[kIssuer] = undefined;
  }

  [inspect.custom](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `X509Certificate ${inspect({
      subject: this.subject, subjectAltName: this.subjectAltName, issuer: this.issuer,
      infoAccess: this.infoAccess, validFrom: this.validFrom, validTo: this.validTo,
      fingerprint: this.fingerprint, fingerprint256: this.fingerprint256,
      fingerprint512: this.fingerprint512, keyUsage: this.keyUsage, serialNumber: this.serialNumber,
    }, opts)}`;
  }

  get subject() { return info(this).subject; }
  get subjectAltName() { return info(this).subjectAltName; }
  get issuer() { return info(this).issuer; }
  get issuerCertificate() { return this[kIssuer]; }
  get infoAccess() { return info(this).infoAccess; }
  get validFrom() { return info(this).validFrom; }
  get validTo() { return info(this).validTo; }
  get fingerprint() { return info(this).fingerprint; }
  get fingerprint256() { return info(this).fingerprint256; }
  get fingerprint512() { return info(this).fingerprint512; }
  get keyUsage() { return info(this).keyUsage; }
  get serialNumber() { return info(this).serialNumber; }
  get raw() { return this[kRaw]; }
  get publicKey() { throw new ERR_METHOD_NOT_IMPLEMENTED('X509Certificate.publicKey'); }
  toString() { return pem(this[kRaw]); }
  toJSON() { return this.toString(); }
  get ca() { return info(this).ca; }

  checkHost(name, options) {
    validateString(name, 'name');
    const got = binding.x509CheckHost(this[kRaw], name, getFlags(options));
    return got == null ? undefined : `${got}`;
  }

  checkEmail(email, options) {
    validateString(email, 'email');
    return binding.x509CheckEmail(this[kRaw], email, getFlags(options)) === true ? email : undefined;
  }

  checkIP(ip) {
    validateString(ip, 'ip');
    getFlags();
    const got = binding.x509CheckIP(this[kRaw], ip);
    if (got == null) throw invalidIP();
    return got === true ? ip : undefined;
  }

  checkIssued(otherCert) {
    if (!isX509Certificate(otherCert)) throw new ERR_INVALID_ARG_TYPE('otherCert', 'X509Certificate', otherCert);
    return binding.x509CheckIssued(this[kRaw], otherCert[kRaw]) === true;
  }

  checkPrivateKey() { throw new ERR_METHOD_NOT_IMPLEMENTED('X509Certificate.checkPrivateKey()'); }
  verify() { throw new ERR_METHOD_NOT_IMPLEMENTED('X509Certificate.verify()'); }

  toLegacyObject() { return legacyFromJSON(binding.x509Legacy(this[kRaw])); }
}

// Node's C++ throws this one: TypeError, code ERR_INVALID_ARG_VALUE, message 'Invalid IP'
function invalidIP() {
  const err = new TypeError('Invalid IP');
  err.code = 'ERR_INVALID_ARG_VALUE';
  return err;
}

function info(cert) {
  if (cert[kInfo] === null) cert[kInfo] = JSON.parse(binding.x509Info(cert[kRaw]));
  return cert[kInfo];
}

// A certificate from a TLS socket (DER) with its issuer (Node's X509Certificate::New with a chain)
function fromDER(der, issuer) {
  const cert = new X509Certificate(der);
  if (issuer !== undefined) cert[kIssuer] = issuer;
  return cert;
}

module.exports = { X509Certificate, isX509Certificate, fromDER };
