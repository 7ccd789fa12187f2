response.setHeader('Content-Type', 'text/html; charset=utf-8')
