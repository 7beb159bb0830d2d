/** Where a request came from: used by per-client rules, the routing log and the privacy audit. */
export interface RequestOrigin {
  channel: 'openai-port' | 'desktop-chat' | 'control-api' | 'cli';
  /** A label for the calling client: the API key's label or the User-Agent for the OpenAI port. */
  client?: string;
  userAgent?: string;
  /** The API key the client sent; matched by per-client rules, never logged or stored. */
  apiKey?: string;
  /**
   * The chat this request belongs to: set by the UI chat, or by an OpenAI-port client with the
   * `x-switchyard-conversation` header. Requests of one conversation share one pseudonym map.
   */
  conversationId?: string;
}
