// Imprime algo como:
//
// [ 'user-agent',
//   'isso é inválido porque só pode haver um',
//   'User-Agent',
//   'curl/7.22.0',
//   'Host',
//   '127.0.0.1:8000',
//   'ACCEPT',
//   '*/*' ]
console.log(request.rawHeaders)
