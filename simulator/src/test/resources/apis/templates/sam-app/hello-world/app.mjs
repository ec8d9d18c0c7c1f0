// As `sam init` writes the Node.js hello world: an ES module exporting lambdaHandler.
export const lambdaHandler = async (event, context) => ({
  statusCode: 200,
  body: JSON.stringify({
    message: process.env.GREETING + ' world',
    version: event.version || '1.0',
    stage: event.requestContext.stage,
    routeKey: event.routeKey || null,
  }),
});
