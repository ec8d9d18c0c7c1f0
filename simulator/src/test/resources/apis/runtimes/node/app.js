exports.handler = async (event, context) => {
  console.log('hello from', context.functionName);
  return {
    statusCode: 200,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      functionName: context.functionName,
      requestId: context.awsRequestId,
      memory: context.memoryLimitInMB,
      remaining: context.getRemainingTimeInMillis(),
      arn: context.invokedFunctionArn,
      table: process.env.TABLE || null,
      region: process.env.AWS_REGION,
      handlerVar: process.env._HANDLER,
      taskRoot: process.env.LAMBDA_TASK_ROOT,
      path: event.path,
    }),
  };
};
