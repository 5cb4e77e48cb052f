// The CommonJS copy registers the matchers.
require('lambda-proxy-matchers/jest');
