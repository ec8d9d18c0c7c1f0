exports.handler = function (event, context, callback) {
  setTimeout(() => callback(null, { statusCode: 201, body: 'callback ' + event.httpMethod }), 5);
};
