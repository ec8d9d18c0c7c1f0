exports.handler = async (event) => ({
  isAuthorized: event.identitySource && event.identitySource[0] === 'allow',
  context: { user: 'alice' },
});
