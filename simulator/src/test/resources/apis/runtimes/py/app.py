import json
import os


def lambda_handler(event, context):
    print("hello from", context.function_name)
    return {
        "statusCode": 200,
        "headers": {"Content-Type": "application/json"},
        "body": json.dumps({
            "functionName": context.function_name,
            "requestId": context.aws_request_id,
            "memory": context.memory_limit_in_mb,
            "remaining": context.get_remaining_time_in_millis(),
            "table": os.environ.get("TABLE"),
            "path": event.get("path"),
        }),
    }


def throws(event, context):
    raise ValueError("bad value")


class NotFoundError(Exception):
    pass


def not_found(event, context):
    raise NotFoundError("not found: " + str(event.get("kind")))
