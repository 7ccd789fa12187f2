'use strict';
// WHATWG URL / URLSearchParams with Node's surface over the engine's implementation (core-js in
// pythonmonkey): ERR_INVALID_URL (with `input`/`base`), ERR_MISSING_ARGS, URL.canParse, and
// Node's util.inspect output (`URL { href: …, searchParams: URLSearchParams { 'q' => '1' } }`).

const {
  codes: { ERR_INVALID_URL, ERR_MISSING_ARGS },
} = require('internal/errors');

const BaseURL = globalThis.URL;
const BaseSearchParams = globalThis.URLSearchParams;
const kCustom = Symbol.for('nodejs.util.inspect.custom');

let inspectFn;
const inspect = (...a) => (inspectFn ??= require('internal/util/inspect').inspect)(...a);

function searchParamsInspect(recurseTimes, ctx) {
  if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
  const separator = ', ';
  const innerOpts = { ...ctx };
  if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
  const output = [];
  for (const [k, v] of this) output.push(`${inspect(k, innerOpts)} => ${inspect(v, innerOpts)}`);
  const { stripVTControlCharacters } = require('internal/util/inspect');
  const length = output.reduce((prev, cur) => prev + stripVTControlCharacters(cur).length + separator.length,
                               -separator.length);
  const name = this.constructor?.name || 'URLSearchParams';
  if (length > ctx.breakLength) return `${name} {\n  ${output.join(',\n  ')} }`;
  if (output.length) return `${name} { ${output.join(separator)} }`;
  return `${name} {}`;
}

class URLSearchParams extends BaseSearchParams {
  [kCustom](recurseTimes, ctx) { return searchParamsInspect.call(this, recurseTimes, ctx); }
}
// `url.searchParams` objects come from the engine's class: give them Node's inspect output too.
if (!Object.prototype.hasOwnProperty.call(BaseSearchParams.prototype, kCustom)) {
  Object.defineProperty(BaseSearchParams.prototype, kCustom, {
    __proto__: null, value: searchParamsInspect, writable: true, configurable: true,
  });
}

class URL extends BaseURL {
  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = `${input}`;
    if (base !== undefined) base = `${base}`;
    try {
      if (base === undefined) super(input);
      else super(input, base);
    } catch {
      throw new ERR_INVALID_URL(input, base);
    }
  }

  static canParse(url, base = undefined) {
    try {
      if (base === undefined) new BaseURL(`${url}`); // eslint-disable-line no-new
      else new BaseURL(`${url}`, `${base}`); // eslint-disable-line no-new
      return true;
    } catch {
      return false;
    }
  }

  [kCustom](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    const ctor = this.constructor || URL;
    const obj = { __proto__: { constructor: ctor } };
    obj.href = this.href;
    obj.origin = this.origin;
    obj.protocol = this.protocol;
    obj.username = this.username;
    obj.password = this.password;
    obj.host = this.host;
    obj.hostname = this.hostname;
    obj.port = this.port;
    obj.pathname = this.pathname;
    obj.search = this.search;
    obj.searchParams = this.searchParams;
    obj.hash = this.hash;
    return `${ctor.name} ${inspect(obj, opts)}`;
  }
}
// Node's blob: URLs for Blobs (the engine's own would not be seen by buffer.resolveObjectURL)
URL.createObjectURL = function createObjectURL(obj) {
  return require('internal/url/blob_store').createObjectURL(obj);
};
URL.revokeObjectURL = function revokeObjectURL(url) {
  if (arguments.length === 0) {
    throw new (require('internal/errors').codes.ERR_MISSING_ARGS)('url');
  }
  require('internal/url/blob_store').revokeObjectURL(url);
};

module.exports = { URL, URLSearchParams, BaseURL, BaseSearchParams };
