def handler(event, context):
    # Payload 2.0 lets a function return any JSON: API Gateway then answers 200 with it as the body.
    return {
        "id": (event.get("pathParameters") or {}).get("id"),
        "version": event["version"],
        "routeKey": event["routeKey"],
        "user": ((event["requestContext"].get("authorizer") or {}).get("lambda") or {}).get("user"),
    }
