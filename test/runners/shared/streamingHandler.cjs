// The CommonJS twin of streamingHandler.mjs, for the jest suites: the global is used as the module loads.
const inner = async (_event, responseStream) => {
  const stream = awslambda.HttpResponseStream.from(responseStream, { statusCode: 200 });
  stream.write('ok');
  stream.end();
};
module.exports = { inner, handler: awslambda.streamifyResponse(inner) };
