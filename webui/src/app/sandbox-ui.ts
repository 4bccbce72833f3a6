// What the shell shows only on the sandbox, loaded when /api/config says so.
import './sw-sandbox-notice.js';
import './sw-sandbox-pill.js';
