/** Credentials the app and the devstore share in tests. */
export const TEST_API_KEY = "frontdesk-test-api-key";
export const TEST_API_SECRET = "frontdesk-test-api-secret";
export const TEST_APP_URL = "http://127.0.0.1:3999";
export const TEST_INBOUND_EMAIL_TOKEN = "frontdesk-test-inbound-token";
