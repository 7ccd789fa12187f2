removeAllHeaders(request.headers)
assert(request.url) // Falha porque o cabeçalho :path foi removido
