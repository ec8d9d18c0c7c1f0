exports.handler = async (event) => ({ statusCode: 200, body: `${event.version} ${event.httpMethod} ${event.path}` });
