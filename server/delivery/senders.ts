// Which sender handles which channel. A channel without a sender leaves its deliveries queued.
import type { SubscriptionChannel } from '../db/generated/enums';
import { smsSender } from '../channels/sms/sms-sender';
import { telegramSender } from '../channels/telegram/telegram-sender';
import type { ChannelSender } from './channel-sender';

export const channelSenders: Partial<Record<SubscriptionChannel, ChannelSender>> = {
  SMS: smsSender,
  TELEGRAM: telegramSender,
};
