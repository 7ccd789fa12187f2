response.statusCode = 404;
