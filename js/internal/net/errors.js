'use strict';
// Error descriptions from the Python side ({errno, code, syscall, address?, port?, hostname?,
// message}) → Node's error objects (class, key order and message as Node builds them).
const {
  ExceptionWithHostPort, UVExceptionWithHostPort, ErrnoException, DNSException, NodeAggregateError,
} = require('internal/errors');

function errorFromDesc(d) {
  if (d.aggregate) {
    const errors = Array.from(d.aggregate, errorFromDesc);
    return new NodeAggregateError(errors, '');
  }
  const errno = d.errno;
  switch (d.syscall) {
    case 'connect':
    case 'bind':
      return new ExceptionWithHostPort(errno, d.syscall, d.address, d.port);
    case 'listen':
      return new UVExceptionWithHostPort(errno, 'listen', d.address, d.port);
    case 'getaddrinfo':
      return new DNSException(errno, 'getaddrinfo', d.hostname);
    case 'read':
    case 'write':
      return new ErrnoException(errno, d.syscall);
    default: {
      const err = new Error(d.message);
      for (const k of Object.keys(d)) if (k !== 'message') err[k] = d[k];
      return err;
    }
  }
}

module.exports = { errorFromDesc };
