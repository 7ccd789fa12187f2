'/status?name=ryan'
