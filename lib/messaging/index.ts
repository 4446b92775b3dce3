export {
  DEFAULT_TIMEOUT_MS,
  type Handler,
  type Handlers,
  type MessageSender,
  onMessage,
  type SendOptions,
  sendMessage,
  sendToTab,
} from './messaging';
export {
  ClaimSummary,
  Envelope,
  type MessageType,
  PageSummary,
  PROTOCOL,
  type RequestOf,
  type ResponseOf,
} from './protocol';
