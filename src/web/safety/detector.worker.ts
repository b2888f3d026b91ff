import type { DetectionAsk } from './detection.js';
import { answer } from './readWriting.js';

/**
 * The detection worker: reads writing off the main thread, so typing never
 * waits for the detector. It keeps nothing between requests.
 */
addEventListener('message', (event: MessageEvent<DetectionAsk>) => {
  postMessage(answer(event.data));
});
