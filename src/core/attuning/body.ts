/**
 * Where a feeling lives in the body, for the optional step 3 of the check-in:
 * a simple list of regions (which the web app may also draw as a map) and a
 * list of sensations. Noticing, not judging: there is no right answer here.
 */

export interface BodyRegion {
  id: string;
  label: string;
}

export interface Sensation {
  id: string;
  label: string;
}

/** Listed from head to feet, then the whole body. */
export const BODY_REGIONS: readonly BodyRegion[] = [
  { id: 'head', label: 'Head' },
  { id: 'face', label: 'Face' },
  { id: 'eyes', label: 'Eyes' },
  { id: 'jaw', label: 'Jaw' },
  { id: 'throat', label: 'Throat' },
  { id: 'neck', label: 'Neck' },
  { id: 'shoulders', label: 'Shoulders' },
  { id: 'chest', label: 'Chest' },
  { id: 'heart', label: 'Heart' },
  { id: 'stomach', label: 'Stomach' },
  { id: 'belly', label: 'Belly' },
  { id: 'upper-back', label: 'Upper back' },
  { id: 'lower-back', label: 'Lower back' },
  { id: 'arms', label: 'Arms' },
  { id: 'hands', label: 'Hands' },
  { id: 'hips', label: 'Hips' },
  { id: 'legs', label: 'Legs' },
  { id: 'feet', label: 'Feet' },
  { id: 'whole-body', label: 'Whole body' },
];

export const SENSATIONS: readonly Sensation[] = [
  { id: 'tight', label: 'Tight' },
  { id: 'tense', label: 'Tense' },
  { id: 'warm', label: 'Warm' },
  { id: 'hot', label: 'Hot' },
  { id: 'cool', label: 'Cool' },
  { id: 'heavy', label: 'Heavy' },
  { id: 'light', label: 'Light' },
  { id: 'fluttery', label: 'Fluttery' },
  { id: 'buzzing', label: 'Buzzing' },
  { id: 'tingling', label: 'Tingling' },
  { id: 'numb', label: 'Numb' },
  { id: 'achy', label: 'Achy' },
  { id: 'sharp', label: 'Sharp' },
  { id: 'hollow', label: 'Hollow' },
  { id: 'knotted', label: 'Knotted' },
  { id: 'shaky', label: 'Shaky' },
  { id: 'restless', label: 'Restless' },
  { id: 'pressure', label: 'Pressure' },
  { id: 'open', label: 'Open' },
  { id: 'soft', label: 'Soft' },
  { id: 'spacious', label: 'Spacious' },
  { id: 'settled', label: 'Settled' },
  { id: 'pulsing', label: 'Pulsing' },
  { id: 'tired', label: 'Tired' },
];

export function bodyRegionById(id: string): BodyRegion | undefined {
  return BODY_REGIONS.find((r) => r.id === id);
}

export function sensationById(id: string): Sensation | undefined {
  return SENSATIONS.find((s) => s.id === id);
}

/** A label for a stored region or sensation: Haven's own for a known id, otherwise the person's words. */
export function bodyLabel(idOrText: string): string {
  return bodyRegionById(idOrText)?.label ?? sensationById(idOrText)?.label ?? idOrText;
}
