// For tests of live streams: reads a Server-Sent Events response one frame at a time, skipping
// heartbeats (comment frames that may arrive at any time).
const HEARTBEAT = ': keep-alive\n\n';

export function sseReader(response: Response): { next(): Promise<string> } {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  return {
    async next() {
      while (!buffer.includes('\n\n') || buffer.startsWith(HEARTBEAT)) {
        if (buffer.startsWith(HEARTBEAT)) {
          buffer = buffer.slice(HEARTBEAT.length);
          continue;
        }
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended');
        buffer += value;
      }
      const end = buffer.indexOf('\n\n');
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      return frame;
    },
  };
}
