exports.handler = async (event) => {
  const ms = Number((event.queryStringParameters || {}).sleep || 0);
  await new Promise((resolve) => setTimeout(resolve, ms));
  return { statusCode: 200, body: JSON.stringify({ pid: process.pid }) };
};
