response.statusCode = 404
