// The live stream. EventSource reconnects by itself and sends the last event id, so the gateway resumes exactly
// after it; a "reset" event means events were lost and what is shown should be reloaded.

export function follow({ onArticle, onStory, onReset, onState }) {
  const stream = new EventSource("/api/v1/stream");
  stream.onopen = () => onState("open", "Live");
  stream.onerror = () => onState("error", "Reconnecting…");
  const handle = (callback) => (event) => {
    let data;
    try {
      data = JSON.parse(event.data);
    } catch {
      return; // a malformed event is not worth breaking the page for
    }
    callback(data);
  };
  stream.addEventListener("article", handle(onArticle));
  stream.addEventListener("story", handle(onStory));
  stream.addEventListener("reset", handle(onReset));
  return stream;
}
