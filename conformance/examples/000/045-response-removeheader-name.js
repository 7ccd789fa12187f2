response.removeHeader('Content-Encoding');
