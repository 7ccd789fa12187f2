response.removeHeader('Content-Encoding')
