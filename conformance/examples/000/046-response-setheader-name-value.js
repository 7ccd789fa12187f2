response.setHeader('Content-Type', 'text/html');
