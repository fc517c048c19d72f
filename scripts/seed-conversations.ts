import type { Devstore } from "../devstore/index.ts";

// Realistic conversations for the demo: the devstore's customers write to their shop's inbound
// address over SMTP, in their own language, about their own orders; some write again on the same
// thread. Message-IDs are fixed, so seeding twice adds nothing (the inbox keeps one per Message-ID).

type Template = { subject: string; body: string; followUp: string };

const TEMPLATES: Record<string, Template[]> = {
  en: [
    { subject: "Where is my order {order}?", body: "Hi, I ordered a week ago and haven't received a shipping update for {order}. Could you check?", followUp: "Any news on this? Thanks." },
    { subject: "Wrong size in {order}", body: "The item in {order} is too small. Can I swap it for a larger size?", followUp: "I can send it back this week if that helps." },
    { subject: "Change my delivery address", body: "I moved last week. Could you ship {order} to my new address instead?", followUp: "New address: 12 Harbour Street, Portland ME 04101." },
    { subject: "Damaged on arrival", body: "My parcel for {order} arrived with a broken mug inside. What can you do?", followUp: "Photos attached in my earlier mail." },
    { subject: "Cancel {order}, please", body: "I ordered by mistake. Please cancel {order} before it ships.", followUp: "Just checking this was cancelled." },
  ],
  ja: [
    { subject: "注文{order}の配送状況について", body: "一週間前に注文しましたが、{order}の発送のご連絡がまだありません。確認していただけますか？", followUp: "その後いかがでしょうか。よろしくお願いいたします。" },
    { subject: "{order}のサイズ交換をお願いします", body: "{order}で届いた商品のサイズが小さかったので、大きいサイズに交換できますか？", followUp: "今週中に返送できます。" },
    { subject: "お届け先住所の変更", body: "引っ越しをしました。{order}を新しい住所に送っていただけますか？", followUp: "新住所：東京都渋谷区神宮前1-2-3 です。" },
    { subject: "商品が破損していました", body: "{order}の荷物を開けたら湯呑みが割れていました。対応をお願いできますか？", followUp: "写真も送れます。" },
  ],
  th: [
    { subject: "คำสั่งซื้อ {order} ยังไม่มาถึง", body: "สวัสดีค่ะ สั่งซื้อไปหนึ่งสัปดาห์แล้ว แต่ยังไม่ได้รับการแจ้งจัดส่งของ {order} ช่วยตรวจสอบให้หน่อยได้ไหมคะ", followUp: "มีความคืบหน้าไหมคะ ขอบคุณค่ะ" },
    { subject: "ขอเปลี่ยนไซส์ {order}", body: "สินค้าใน {order} เล็กเกินไป ขอเปลี่ยนเป็นไซส์ใหญ่ขึ้นได้ไหมครับ", followUp: "ผมส่งคืนได้ภายในสัปดาห์นี้ครับ" },
    { subject: "ขอเปลี่ยนที่อยู่จัดส่ง", body: "ย้ายบ้านแล้วค่ะ ช่วยส่ง {order} ไปที่อยู่ใหม่ได้ไหมคะ", followUp: "ที่อยู่ใหม่: 99 ถนนสุขุมวิท กรุงเทพฯ 10110 ค่ะ" },
  ],
};

export async function seedConversations(devstore: Devstore, options: { perShop: number; domain: string }): Promise<number> {
  let sent = 0;
  for (const [domain, shop] of devstore.state.shops) {
    const handle = domain.replace(/\.myshopify\.com$/, "");
    const writers = shop.customers.filter((customer) => customer.email && customer.orders.length > 0);
    for (let index = 0; index < options.perShop && writers.length; index++) {
      const customer = writers[index % writers.length]!;
      const language = (TEMPLATES[customer.locale] ? customer.locale : "en") as keyof typeof TEMPLATES;
      const templates = TEMPLATES[language]!;
      const template = templates[index % templates.length]!;
      const order = customer.orders[index % customer.orders.length]!;
      const fill = (text: string) => text.replaceAll("{order}", order.name);
      const from = `"${customer.displayName}" <${customer.email}>`;
      const to = `${handle}@${options.domain}`;
      const firstId = `seed-${handle}-${index}@mail.example.com`;
      await devstore.sendMailAsShopper({ from, to, subject: fill(template.subject), text: fill(template.body), messageId: firstId });
      sent++;
      if (index % 3 === 0) {
        await devstore.sendMailAsShopper({
          from,
          to,
          subject: `Re: ${fill(template.subject)}`,
          text: `${template.followUp}\n\n> ${fill(template.body)}`,
          inReplyTo: firstId,
          messageId: `seed-${handle}-${index}-again@mail.example.com`,
        });
        sent++;
      }
    }
  }
  return sent;
}
