// The handler of a CDK LambdaRestApi: every path of the API reaches it.
exports.handler = async (event, context) => ({
  statusCode: 200,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({
    resource: event.resource,
    path: event.path,
    proxy: (event.pathParameters || {}).proxy || null,
    stage: event.requestContext.stage,
    function: context.functionName,
  }),
});
