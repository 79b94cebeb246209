/**
 * A reader of Server-Sent Events over fetch. `EventSource` cannot send an Authorization header,
 * so the change feed is read from a fetch response body instead, parsed as the HTML standard's
 * event-stream format says: `id:`, `event:`, `data:` and `retry:` fields, comments (`:`), and
 * lines ended by CRLF, LF or CR, wherever the network splits the bytes.
 */

export interface SseMessage {
  /** The event type (`message` when the stream names none). */
  event: string;
  /** The data lines, joined with `\n`. */
  data: string;
  /** The last event id the stream has set (it carries over to later events, as in EventSource). */
  id: string | undefined;
  /** A reconnection time the stream asked for, in milliseconds. */
  retry?: number;
}

/**
 * Yields each event of an event stream as it is completed. `onBytes` is called for every chunk
 * received (comments and keep-alives included), so a caller can tell a quiet stream from a dead one.
 */
export async function* readEventStream(body: ReadableStream<Uint8Array>, onBytes?: () => void): AsyncGenerator<SseMessage> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let first = true;
  let lastId: string | undefined;
  let event = '';
  let data: string[] = [];
  let retry: number | undefined;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return; // an event not ended by a blank line is discarded, as the standard says
      onBytes?.();
      buffer += decoder.decode(value, { stream: true });
      if (first && buffer.length) {
        if (buffer.charCodeAt(0) === 0xfeff) buffer = buffer.slice(1);
        first = false;
      }
      let start = 0;
      for (;;) {
        const cr = buffer.indexOf('\r', start);
        const lf = buffer.indexOf('\n', start);
        const end = cr < 0 ? lf : lf < 0 ? cr : Math.min(cr, lf);
        if (end < 0) break;
        // A CR at the very end may be the first half of a CRLF still on its way.
        if (end === cr && end === buffer.length - 1) break;
        const line = buffer.slice(start, end);
        start = end + (end === cr && buffer[end + 1] === '\n' ? 2 : 1);
        if (line === '') {
          if (data.length) yield { event: event || 'message', data: data.join('\n'), id: lastId, ...(retry !== undefined ? { retry } : {}) };
          event = '';
          data = [];
          retry = undefined;
          continue;
        }
        if (line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        let text = colon < 0 ? '' : line.slice(colon + 1);
        if (text.startsWith(' ')) text = text.slice(1);
        if (field === 'data') data.push(text);
        else if (field === 'event') event = text;
        else if (field === 'id') {
          if (!text.includes('\u0000')) lastId = text;
        } else if (field === 'retry') {
          if (/^\d+$/.test(text)) retry = Number(text);
        }
      }
      buffer = buffer.slice(start);
    }
  } finally {
    // Stopped early (or ended): let the connection go.
    void reader.cancel().catch(() => undefined);
  }
}
