// $connect: remember the new connection so sendmessage can reach it. Any 2xx accepts the handshake.
const store = require('./store');

exports.handler = async (event) => {
  store.add(event, event.requestContext.connectionId);
  return { statusCode: 200 };
};

store.run(exports.handler);
