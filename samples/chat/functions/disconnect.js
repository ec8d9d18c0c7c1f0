// $disconnect: forget the connection (API Gateway calls this on a best-effort basis).
const store = require('./store');

exports.handler = async (event) => {
  store.remove(event, event.requestContext.connectionId);
  return { statusCode: 200 };
};

store.run(exports.handler);
