// A project behind an HTTP API sets its integration once; the cases prove it reached the matchers.
require('lambda-proxy-matchers').configure({ integration: 'http-2.0' });
