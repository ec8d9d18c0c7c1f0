"""A Lambda proxy handler as it would be deployed: module state survives while the instance is warm."""
import json
import os
import platform

invocations = 0


def handler(event, context):
    global invocations
    invocations += 1
    name = (event.get("queryStringParameters") or {}).get("name", "world")
    print(f"greeting {name}")
    return {
        "statusCode": 200,
        "headers": {"Content-Type": "application/json"},
        "body": json.dumps({
            "message": f"{os.environ['GREETING']}, {name}!",
            "runtime": f"python {platform.python_version()}",
            "requestId": context.aws_request_id,
            "invocations": invocations,
        }),
    }
