/** A DOM document for drawing charts at build time (linkedom); never imported by browser code. */
import { parseHTML } from 'linkedom';

export function serverDocument(): Document {
  return parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
}
