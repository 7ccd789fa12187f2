removeAllHeaders(request.headers);
assert(request.url);   // Fails because the :path header has been removed
