exports.handler = async (event) => {
  throw new Error('item not found: ' + ((event.queryStringParameters || {}).id || event.kind || 'x'));
};
