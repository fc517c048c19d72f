/** Credentials the app and the devstore share in tests. */
export const TEST_API_KEY = "frontdesk-test-api-key";
export const TEST_API_SECRET = "frontdesk-test-api-secret";
export const TEST_APP_URL = "http://127.0.0.1:3999";
export const TEST_INBOUND_EMAIL_TOKEN = "frontdesk-test-inbound-token";

/** Each test worker's mail catcher listens here; the app's SMTP_URL points at it. */
export function testMailPort(): number {
  return 42_500 + Number(process.env.VITEST_POOL_ID ?? 0);
}
