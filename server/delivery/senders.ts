// Which sender handles which channel. A channel without a sender leaves its deliveries queued.
import type { SubscriptionChannel } from '../db/generated/enums';
import { smsSender } from '../channels/sms/sms-sender';
import { telegramSender } from '../channels/telegram/telegram-sender';
import type { ChannelSender } from './channel-sender';
import { emailSender } from './email-sender';
import { webhookSender } from './webhook-sender';
import { webPushSender } from './web-push-sender';

export const channelSenders: Partial<Record<SubscriptionChannel, ChannelSender>> = {
  WEB_PUSH: webPushSender,
  EMAIL: emailSender,
  WEBHOOK: webhookSender,
  SMS: smsSender,
  TELEGRAM: telegramSender,
};
