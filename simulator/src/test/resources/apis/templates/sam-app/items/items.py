import json
import os


def handler(event, context):
    return {
        "statusCode": 200,
        "body": json.dumps({
            "id": event["pathParameters"]["id"],
            "table": (event.get("stageVariables") or {}).get("table"),
            "user": event["requestContext"]["authorizer"].get("user"),
            "stage": event["requestContext"]["stage"],
        }),
    }
