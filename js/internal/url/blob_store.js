'use strict';
// URL.createObjectURL / revokeObjectURL / buffer.resolveObjectURL: Node's blob store
// (internalBinding('blob').storeDataObject …) as a Map of `blob:nodedata:<uuid>` ids to Blobs.

const store = new Map();  // id -> Blob

function createObjectURL(obj) {
  const { Blob } = require('buffer');
  if (!(obj instanceof Blob)) {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);
  }
  const id = require('internal/crypto/random').randomUUID();
  store.set(id, obj);
  return `blob:nodedata:${id}`;
}

// The id of a `blob:nodedata:<id>` URL, else undefined (Node parses it with the URL parser)
function idOf(url) {
  let parsed;
  try {
    parsed = new URL(`${url}`);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'blob:') return undefined;
  const split = parsed.pathname.split(':');
  if (split.length !== 2 || split[0] !== 'nodedata') return undefined;
  return split[1];
}

function revokeObjectURL(url) {
  const id = idOf(url);
  if (id !== undefined) store.delete(id);
}

// A new Blob over the same bytes and type, as Node's createBlob(handle, length, type)
function resolveObjectURL(url) {
  const id = idOf(url);
  const blob = id === undefined ? undefined : store.get(id);
  return blob === undefined ? undefined : blob.slice(0, blob.size, blob.type);
}

module.exports = { createObjectURL, revokeObjectURL, resolveObjectURL };
