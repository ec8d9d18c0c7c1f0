// A Lambda proxy handler as it would be deployed: module state (the counter) survives while the instance is warm.
let invocations = 0;

exports.handler = async (event, context) => {
  invocations += 1;
  const name = (event.queryStringParameters || {}).name || 'world';
  console.log(`greeting ${name}`);
  return {
    statusCode: 200,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      message: `${process.env.GREETING}, ${name}!`,
      runtime: `node ${process.version}`,
      requestId: context.awsRequestId,
      invocations,
    }),
  };
};
