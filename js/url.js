'use strict';
// Node's `url`: the WHATWG URL/URLSearchParams globals, fileURLToPath/pathToFileURL, and the legacy
// parse/format/resolve API (npm `url`, a port of Node's own url.js) with Node's argument errors.

const legacy = require('url/url.js');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_FILE_URL_HOST,
    ERR_INVALID_FILE_URL_PATH,
    ERR_INVALID_URL_SCHEME,
  },
} = require('internal/errors');
const { validateString, validateObject } = require('internal/validators');
const querystring = require('querystring');
const path = require('path');

const Url = legacy.Url;

function isURL(self) {
  return Boolean(self?.href && self.protocol && self.auth === undefined && self.path === undefined);
}

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  validateString(url, 'url');
  const u = legacy.parse(url, false, slashesDenoteHost);
  if (parseQueryString) {
    // Node parses the query with its own querystring (npm url would use `qs`)
    u.query = u.search ? querystring.parse(u.search.slice(1)) : querystring.parse('');
  }
  return u;
}

const { URL } = require('internal/util/url_classes');

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (isURL(urlObject)) {
    let fragment = true;
    let unicode = false;
    let search = true;
    let auth = true;
    if (options) {
      validateObject(options, 'options');
      if (options.fragment != null) fragment = Boolean(options.fragment);
      if (options.unicode != null) unicode = Boolean(options.unicode);
      if (options.search != null) search = Boolean(options.search);
      if (options.auth != null) auth = Boolean(options.auth);
    }
    const u = urlObject;
    let out = `${u.protocol}`;
    if (u.host !== '' || u.protocol === 'file:') {
      out += '//';
      if (auth && (u.username || u.password)) {
        out += u.username;
        if (u.password) out += `:${u.password}`;
        out += '@';
      }
      out += unicode ? domainToUnicode(u.hostname) + (u.port ? `:${u.port}` : '') : u.host;
    }
    out += u.pathname;
    if (search) out += u.search;
    if (fragment) out += u.hash;
    return out;
  }
  return Url.prototype.format.call(urlObject);
}

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

function fileURLToPath(path) {
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  if (path.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = path.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) {
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
      }
    }
  }
  return decodeURIComponent(pathname);
}

function encodePathChars(filepath) {
  return filepath
    .replace(/%/g, '%25')
    .replace(/\\/g, '%5C')
    .replace(/\n/g, '%0A')
    .replace(/\r/g, '%0D')
    .replace(/\t/g, '%09');
}

function pathToFileURL(filepath) {
  validateString(filepath, 'path');
  let resolved = path.resolve(filepath);
  if (filepath.charCodeAt(filepath.length - 1) === 47 && resolved[resolved.length - 1] !== '/') resolved += '/';
  const outURL = new URL('file://');
  outURL.pathname = encodePathChars(resolved).replace(/\?/g, '%3F').replace(/#/g, '%23');
  return outURL;
}

function urlToHttpOptions(url) {
  const options = {
    __proto__: null,
    protocol: url.protocol,
    hostname: typeof url.hostname === 'string' && url.hostname.startsWith('[') ?
      url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ''}${url.search || ''}`,
    href: url.href,
  };
  if (url.port !== '') options.port = Number(url.port);
  if (url.username || url.password) {
    options.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  }
  return options;
}

function domainToASCII(domain) {
  try {
    return new URL(`ws://${domain}`).hostname;
  } catch {
    return '';
  }
}

function domainToUnicode(domain) {
  try {
    return require('punycode/').toUnicode(`${domain}`);
  } catch {
    return '';
  }
}

module.exports = {
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
// Node's URL classes. The globals are the same objects in Node: install them if the engine's
// are still in place (the host may also install them at boot).
const urlClasses = require('internal/util/url_classes');
module.exports.URL = urlClasses.URL;
module.exports.URLSearchParams = urlClasses.URLSearchParams;
if (globalThis.URL === urlClasses.BaseURL) {
  Object.defineProperty(globalThis, 'URL', {
    __proto__: null, value: urlClasses.URL, writable: true, configurable: true, enumerable: false,
  });
}
if (globalThis.URLSearchParams === urlClasses.BaseSearchParams) {
  Object.defineProperty(globalThis, 'URLSearchParams', {
    __proto__: null, value: urlClasses.URLSearchParams, writable: true, configurable: true, enumerable: false,
  });
}
