const contentType = response.getHeader('content-type')
