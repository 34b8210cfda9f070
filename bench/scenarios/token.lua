-- wrk scenario: OAuth2 client credentials token requests with the demo agency's credentials.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Authorization"] = "Basic " .. "ZGVtby1hZ2VuY3k6ZGVtby1hZ2VuY3ktc2VjcmV0"
wrk.body = "grant_type=client_credentials"
