response.setHeader('Set-Cookie', ['type=ninja', 'language=javascript']);
