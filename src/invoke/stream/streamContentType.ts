// The Content-Type values of a streamed response, in their own module so that the `awslambda` global (loaded
// by every setup entry) can name the vnd type without loading the recording stream and node:stream with it.

/** The Content-Type HttpResponseStream.from sets: the body then starts with a prelude (S-8). */
export const HTTP_INTEGRATION_CONTENT_TYPE = 'application/vnd.awslambda.http-integration-response';
