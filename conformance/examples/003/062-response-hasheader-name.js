const hasContentType = response.hasHeader('content-type');
