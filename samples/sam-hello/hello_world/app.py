import json
import os


def lambda_handler(event, context):
    """Sample pure Lambda function, as `sam init` writes it.

    event: API Gateway Lambda Proxy Input Format
    (https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html)
    """
    return {
        "statusCode": 200,
        "body": json.dumps({
            "message": os.environ.get("GREETING", "hello world"),
            "path": event["path"],
            "stage": event["requestContext"]["stage"],
        }),
    }
