import { detectMindReading } from '../../core/attuning/mindReading.js';
import { detectRisk } from '../../core/safety/detector.js';
import type { DetectionAnswer, DetectionAsk } from './detection.js';
import { assessPassages, type Reading } from './passages.js';

/**
 * The one check a pause in writing gets: the safety assessment with its
 * passages, and the mind-reading rule. This module carries the detector and
 * its weights, so it is loaded only by the detection worker, or on the main
 * thread where a browser cannot run one.
 */
export function readWriting(text: string): Reading {
  return { ...assessPassages(text, detectRisk), mindReading: detectMindReading(text) };
}

/** The worker's side of one request. Never includes the text in what it returns. */
export function answer(ask: DetectionAsk): DetectionAnswer {
  try {
    return { id: ask.id, reading: readWriting(ask.text) };
  } catch {
    return { id: ask.id, reading: null };
  }
}
