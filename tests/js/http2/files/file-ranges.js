// respondWithFile offset/length combinations, including a range past the end and length -1.
const { serve, tmp } = require('./_h');
const file = tmp('ranges', 'abcdefghijklmnopqrstuvwxyz');
const ranges = { '/a': { offset: 0, length: 3 }, '/b': { offset: 20 }, '/c': { offset: 5, length: -1 },
  '/d': { offset: 24, length: 10 }, '/e': { length: 0 }, '/f': {} };
serve((stream, headers) => {
  stream.respondWithFile(file, { 'content-type': 'text/plain' }, ranges[headers[':path']]);
}, Object.keys(ranges));
