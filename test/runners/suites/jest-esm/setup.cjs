// A project behind an HTTP API sets its integration once, through the CommonJS copy of the library.
require('lambda-proxy-matchers').configure({ integration: 'http-2.0' });
