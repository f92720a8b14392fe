// The mail adapter: everything outside lib/mail imports from here, except the email job
// (lib/mail/send-email-job.ts), which brings in the job system and so is imported on its own.
export { MailDeliveryError } from "./mail-delivery-error";
export { getOutboxMessage, listOutboxMessages, readOutboxEml } from "./outbox/read-outbox";
export { OUTBOX_KEEP } from "./outbox/outbox-files";
export * from "./schemas";
export { outboxPagesEnabled, sendMail } from "./send-mail";
export { splitLinks, type TextSegment } from "./split-links";
