def handler(event, context):
    # An HTTP API route with payload 2.0: a dict without statusCode is the JSON body of a 200.
    return {"id": event["pathParameters"]["id"], "routeKey": event["routeKey"], "version": event["version"],
            "function": context.function_name}
