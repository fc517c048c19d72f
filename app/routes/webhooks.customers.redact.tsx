import type { ActionFunctionArgs } from "@remix-run/node";
import { receiveWebhook } from "~/services/receive-webhook.server";

export const action = ({ request }: ActionFunctionArgs) => receiveWebhook(request);
