// A streaming handler module as users write one: `awslambda` is the runtime's global, used as the module
// loads, with no import of it. Importing this file throws `awslambda is not defined` unless a setup entry
// installed the global first.
export const inner = async (_event, responseStream) => {
  const stream = awslambda.HttpResponseStream.from(responseStream, { statusCode: 200 });
  stream.write('ok');
  stream.end();
};
export const handler = awslambda.streamifyResponse(inner);
