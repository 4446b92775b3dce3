export {
  ClaimSummary,
  Envelope,
  type MessageType,
  PageSummary,
  PROTOCOL,
  type RequestOf,
  type ResponseOf,
} from './protocol';
